#pragma once
// The style sheet and the one script embedded in the HTML diff report, and the script's hash
// for the report's Content-Security-Policy. Internal to src/render/.

namespace resdiff::render::detail {

// Inline CSS: layout, redline colours and decorations, the CSS-only view switch (radio inputs
// `#view-inline` / `#view-side` that precede `.clauses`), and a print style sheet.
extern const char* const html_css;

// Inline JavaScript (progressive enhancement only): reveals the "Show all clauses" button that
// opens or closes every folded run of unchanged clauses. Everything else works without it.
extern const char* const html_script;

// "sha256-<base64>" of html_script, exactly as embedded; the browser test fails when it is stale
// (the CSP then blocks the script and the button stays hidden). Recompute with
//   printf '%s' "$SCRIPT" | openssl dgst -sha256 -binary | base64
extern const char* const html_script_hash;

}  // namespace resdiff::render::detail
