// Swagger UI from the vendored bundle: no CDN, no inline script (the CSP forbids both).
window.addEventListener("load", () => {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
});
