import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The console is served under /console/ on the API's own origin (the local gateway, CloudFront in
 * AWS); the API's paths stay at the root. `npm run dev -w @fupin/web` serves it with hot reload and
 * forwards every other path to a running `npm start` (API_ORIGIN, default http://localhost:3000).
 */
export default defineConfig({
  base: "/console/",
  plugins: [react()],
  // The repository also holds React 18 (a dependency of sst): the console uses its own React 19 only.
  resolve: { dedupe: ["react", "react-dom", "react/jsx-runtime"] },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  server: {
    proxy: {
      // The runtime configuration and every API path come from the running local platform.
      "/console/config.json": { target: process.env.API_ORIGIN ?? "http://localhost:3000", changeOrigin: true },
      "^/(?!console(/|$)).*": { target: process.env.API_ORIGIN ?? "http://localhost:3000", changeOrigin: true },
    },
  },
});
