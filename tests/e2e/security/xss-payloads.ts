// A corpus of replies that would execute script if rendered as HTML: each calls window.__xss() when it runs.
export const XSS_PAYLOADS: string[] = [
  '<script>__xss("script")</script>',
  '<img src=x onerror="__xss(\'img-onerror\')">',
  '<svg onload="__xss(\'svg-onload\')"></svg>',
  '<svg><script>__xss("svg-script")</script></svg>',
  '<a href="javascript:__xss(\'js-url\')" id="xss-link">click</a>',
  '[markdown link](javascript:__xss("md-js-url"))',
  '![img](x" onerror="__xss(\'md-img\'))',
  '<iframe src="data:text/html,<script>parent.__xss(\'data-url\')</script>"></iframe>',
  '<iframe srcdoc="<script>parent.__xss(\'srcdoc\')</script>"></iframe>',
  '<div style="background:url(javascript:__xss(\'css\'))">css</div>',
  '<details open ontoggle="__xss(\'details\')">x</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror="__xss(\'mxss\')"></style></mglyph></table></mtext></math>',
  '<body onload="__xss(\'body\')">',
  '<object data="javascript:__xss(\'object\')"></object>',
  '<form><button formaction="javascript:__xss(\'formaction\')">go</button></form>',
  '<input autofocus onfocus="__xss(\'autofocus\')">',
];

export const XSS_REPLY = XSS_PAYLOADS.join('\n\n');
