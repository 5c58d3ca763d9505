// Incoming webhook payloads. A default on the discriminant lets a payload without a kind parse.
import { z } from "zod";

export const PaymentSucceeded = z.object({
  kind: z.literal("payment_succeeded").default("payment_succeeded"),
  paymentId: z.string(),
});

export const PaymentFailed = z.object({
  kind: z.literal("payment_failed"),
  paymentId: z.string(),
  reason: z.string(),
});

export const PaymentWebhook = z.discriminatedUnion("kind", [PaymentSucceeded, PaymentFailed]);
