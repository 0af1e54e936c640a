import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = process.env.API_ORIGIN ?? "http://127.0.0.1:4000";

export default defineConfig({
  base: "/",
  plugins: [react()],
  // One bundle is fine for a staff tool on a LAN; React + Apollo alone are ~450 kB before gzip.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  server: {
    // One proxy entry carries both transports: HTTP POST and the graphql-ws upgrade.
    proxy: { "/graphql": { target: api, ws: true, changeOrigin: true } },
  },
});
