import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = process.env.API_ORIGIN ?? "http://127.0.0.1:4000";

export default defineConfig({
  base: "/",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  server: {
    // One proxy entry carries both transports: HTTP POST and the graphql-ws upgrade.
    proxy: { "/graphql": { target: api, ws: true, changeOrigin: true } },
  },
});
