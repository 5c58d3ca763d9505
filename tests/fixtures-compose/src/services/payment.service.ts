// Inside the tsconfig: typed by the project service.
declare const status: "open" | "closed";
switch (status) {
  case "open":
    break;
}
