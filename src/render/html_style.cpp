#include "render/html_style.hpp"

namespace resdiff::render::detail {

// clang-format off
const char* const html_css = R"css(
:root{color-scheme:light;--fg:#1a1a1a;--muted:#4f5358;--line:#d3d7dd;--soft:#f4f5f7;
--del:#94001a;--del-bg:#fde6e9;--ins:#0a4595;--ins-bg:#e2edfc;--mod:#744c00;--mov:#5b2d91}
*{box-sizing:border-box}
body{margin:0 auto;max-width:76rem;padding:1.5rem 1.5rem 4rem;color:var(--fg);background:#fff;
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans","DejaVu Sans",Arial,sans-serif}
h1{font-size:1.55rem;line-height:1.25;margin:0 0 .75rem}
h2{font-size:1.2rem;margin:2rem 0 .75rem;padding-bottom:.2rem;border-bottom:2px solid var(--line)}
h3{font-size:1rem;margin:0}
.summary h3{margin:1.25rem 0 .4rem}
a{color:var(--ins)}
code{font:.9em/1.4 ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace}
.vh{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
table{border-collapse:collapse}
th,td{padding:.2rem .7rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:700;padding:0 .7rem .2rem}
.overview{display:flex;flex-wrap:wrap;gap:1rem 3rem;align-items:flex-start}
.versions{margin:0}
.versions th,.versions td{border-bottom:1px solid var(--line)}
.versions thead th{font-size:.85rem;color:var(--muted)}
.counts{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start}
.counts th{font-weight:400}
.counts td{text-align:right;font-variant-numeric:tabular-nums;font-weight:700}
.counts .zero th,.counts .zero td{color:var(--muted);font-weight:400}
.key-findings{margin:0;padding-left:1.6rem}
.key-findings li{margin:.3rem 0}
.badge{display:inline-block;font-size:.78rem;font-weight:700;line-height:1.35;padding:0 .45rem;margin:0 .15rem;
border:1px solid;border-radius:.25rem;white-space:nowrap;vertical-align:.08em}
.f-obligation{color:#7b0f5e;background:#fbe8f5;border-color:#d7a3c8}
.f-duration{color:#6e4300;background:#fff1d1;border-color:#dcb96b}
.f-scope{color:#00524d;background:#daf3f0;border-color:#86cbc3}
.f-wording{color:#3a3a3a;background:#efefef;border-color:#c2c2c2}
.st{color:#34383d;background:#fff;border-color:#9aa1a9}
.st-modified{color:var(--mod);border-color:#c9a24a}
.st-added{color:var(--ins);border-color:var(--ins)}
.st-removed{color:var(--del);border-color:var(--del)}
.st-moved{color:var(--mov);border-color:var(--mov)}
del,.k-del{color:var(--del);background:var(--del-bg);text-decoration:line-through;text-decoration-thickness:.09em}
ins,.k-ins{color:var(--ins);background:var(--ins-bg);text-decoration:underline;text-decoration-thickness:.09em;text-underline-offset:.16em}
del+ins{margin-left:.2em}
.legend{font-size:.9rem;color:var(--muted);margin:.25rem 0 .75rem}
.legend span+span{margin-left:.9rem}
.view-switch{display:inline-block;margin:0 1.25rem .75rem 0;font-weight:700}
input[name=view]{margin:0 .3rem 0 0;vertical-align:-.1em;accent-color:var(--ins)}
input[name=view]+label{margin-right:1.25rem;cursor:pointer}
input[name=view]:checked+label{text-decoration:underline;text-decoration-thickness:.12em;text-underline-offset:.25em}
#fold-toggle{font:inherit;font-size:.9rem;padding:.15rem .7rem;border:1px solid #8b929b;border-radius:.3rem;background:var(--soft);color:var(--fg);cursor:pointer}
#fold-toggle[hidden]{display:none}
.clauses{margin-top:.5rem}
.clause{margin:.45rem 0;padding:.45rem .8rem .55rem;border:1px solid var(--line);border-left:5px solid #9aa1a9;border-radius:.3rem;background:#fff}
.clause.modified{border-left-color:#c9a24a}
.clause.added{border-left-color:var(--ins);background:#f7faff}
.clause.removed{border-left-color:var(--del);background:#fff8f9}
.clause.moved{border-left-style:double;border-left-width:7px}
.clause.moved:not(.modified):not(.added):not(.removed){border-left-color:var(--mov)}
.clause.unchanged .text{color:var(--muted)}
.clause:target{outline:3px solid var(--ins);outline-offset:2px}
.d1{margin-left:1.75rem}.d2{margin-left:3.5rem}.d3{margin-left:5.25rem}.d4{margin-left:7rem}
.cid{font:700 .9rem/1.4 ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace;color:var(--fg);text-decoration:none;margin-right:.35rem}
a.cid:hover,a.cid:focus{text-decoration:underline}
.findings{margin:.3rem 0 0;padding-left:1.3rem;font-size:.92rem}
.findings li{margin:.1rem 0}
.quote{color:var(--muted)}
.text{margin:.35rem 0 0}
.absent{color:var(--muted);font-style:italic}
.sbs,.sbs-head{display:none;grid-template-columns:1fr 1fr;gap:0 1.25rem}
.sbs>div+div,.sbs-head>div+div{border-left:1px solid var(--line);padding-left:1.25rem}
.sbs-head{position:sticky;top:0;z-index:1;background:#fff;border-bottom:2px solid var(--line);padding:.3rem 0;font-weight:700;font-size:.9rem}
#view-side:checked~.clauses .redline{display:none}
#view-side:checked~.clauses .sbs,#view-side:checked~.sbs-head{display:grid}
details.fold{margin:.45rem 0}
details.fold>summary{cursor:pointer;padding:.3rem .8rem;border:1px dashed #9aa1a9;border-radius:.3rem;background:var(--soft);color:var(--muted);font-size:.92rem}
details.fold[open]>summary{margin-bottom:.3rem}
.nothing{font-style:italic}
footer{margin-top:2.5rem;font-size:.85rem;color:var(--muted)}
@media (max-width:40rem){body{padding:1rem}.d1,.d2,.d3,.d4{margin-left:.75rem}}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{max-width:none;padding:0;font-size:10.5pt}
input[name=view],input[name=view]+label,.view-switch,#fold-toggle{display:none!important}
.sbs-head{position:static}
h2,h3{break-after:avoid}
.clause,.key-findings li,tr{break-inside:avoid}
a{color:inherit;text-decoration:none}
del{text-decoration:line-through}ins{text-decoration:underline}
}
)css";

// The script must stay byte for byte what html_script_hash was computed from.
const char* const html_script = R"js(
(function(){var b=document.getElementById("fold-toggle");var f=document.querySelectorAll("details.fold");
if(!b||!f.length)return;b.hidden=false;var open=false;
b.addEventListener("click",function(){open=!open;for(var i=0;i<f.length;i++)f[i].open=open;
b.textContent=open?"Fold unchanged clauses":"Show all clauses";});})();
)js";
// clang-format on

const char* const html_script_hash = "sha256-Kgzl2vtWdTsS9mDMTEir1fF0nDuTO3elVCF6VmdNvyE=";

}  // namespace resdiff::render::detail
