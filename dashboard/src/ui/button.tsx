import type { ButtonHTMLAttributes } from "react";

export function Button({
  variant = "primary",
  type = "button",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "quiet" }) {
  return <button className="button" data-variant={variant} type={type} {...rest} />;
}
