import type { ComponentPropsWithRef } from "react";

export function Button({
  variant = "primary",
  type = "button",
  ...rest
}: ComponentPropsWithRef<"button"> & { variant?: "primary" | "secondary" | "quiet" }) {
  return <button className="button" data-variant={variant} type={type} {...rest} />;
}
