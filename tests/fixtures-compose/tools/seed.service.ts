// Outside every tsconfig: typed only through a user's allowDefaultProject.
declare const status: "open" | "closed";
switch (status) {
  case "open":
    break;
}
