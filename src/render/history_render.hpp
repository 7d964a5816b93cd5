#pragma once
// Renderers for `resdiff history`: the versions, a timeline (per step counts by status and
// finding category; per mandate its duration, scope and obligation across the versions), each
// clause's evolution, and a blame of the last version. Deterministic, like every renderer.

#include "history/history.hpp"
#include "render/render.hpp"

#include <ostream>

namespace resdiff::render {

// `history --format text`: versions, timeline, "since the base" / "since the previous version",
// mandates, then every clause that changed at some point with its steps and its blame.
void history_text(std::ostream& out, const history::History& h, const TextOptions& opts = {});
// `history --format json`: resdiff-history/1 (documented in docs/history.md). One trailing newline.
void history_json(std::ostream& out, const history::History& h);
// `history --format markdown`: the same report for a pull request or an e-mail.
void history_markdown(std::ostream& out, const history::History& h);
// `history --format html`: one self-contained page, the timeline at the top and each clause's
// evolution below (every step's redline, findings and the blame of the last version).
void history_html(std::ostream& out, const history::History& h);

}  // namespace resdiff::render
