// The preview page's own script. It is run by the application (WebEngine.executeScript) after KaTeX; the page
// itself allows no script (Content-Security-Policy), so nothing that arrives inside a note's HTML ever runs.
(function () {
  'use strict';
  var content = document.getElementById('pn-content');
  if (typeof hljs !== 'undefined') {
    hljs.configure({ignoreUnescapedHTML: true});
  }
  var mathCache = new Map();
  var MATH_CACHE_LIMIT = 5000;
  var positioned = [];   // elements with a source position, in document order
  var starts = [];       // their start offsets
  var ends = [];         // and end offsets
  var positionsStale = true;

  // Math and code are typeset from a queue within a time budget, the rest in later slices (timers run on the
  // application thread between its other work): a long note that was just loaded shows at once and never holds
  // up typing, while the few elements a keystroke changes are done in the same call.
  var SLICE_MS = 8;
  var queue = [];
  var queueHead = 0;
  var sliceScheduled = false;

  function typesetMathElement(el) {
    var display = el.classList.contains('math-display');
    var tex = el.textContent;
    var key = (display ? 'D' : 'I') + tex;
    var html = mathCache.get(key);
    if (html === undefined) {
      try {
        html = katex.renderToString(tex, {displayMode: display, throwOnError: false, output: 'html'});
      } catch (e) {
        html = null;
      }
      if (mathCache.size > MATH_CACHE_LIMIT) {
        mathCache.clear();
      }
      mathCache.set(key, html);
    }
    if (html !== null) {
      el.innerHTML = html;
    }
  }

  function highlightCodeElement(el) {
    var match = /language-([\w+#-]+)/.exec(el.className);
    if (typeof hljs !== 'undefined' && match && hljs.getLanguage(match[1])) {
      hljs.highlightElement(el);
    }
  }

  /** Queues the root's math and code ahead of anything still waiting: what just changed is typeset first. */
  function enqueue(root) {
    var fresh = Array.prototype.slice.call(root.querySelectorAll('.math, pre > code[class*="language-"]'));
    queue = fresh.concat(queue.slice(queueHead));
    queueHead = 0;
  }

  function typesetFor(budgetMs) {
    var deadline = performance.now() + budgetMs;
    while (queueHead < queue.length) {
      var el = queue[queueHead++];
      if (el.isConnected) {
        if (el.tagName === 'CODE') {
          highlightCodeElement(el);
        } else {
          typesetMathElement(el);
        }
      }
      if (performance.now() >= deadline) {
        break;
      }
    }
    if (queueHead >= queue.length) {
      queue = [];
      queueHead = 0;
    } else if (!sliceScheduled) {
      sliceScheduled = true;
      setTimeout(function () {
        sliceScheduled = false;
        typesetFor(SLICE_MS);
      }, 0);
    }
  }

  // Source positions of a kept block move when text before it changes; rather than rewriting its data-pos
  // attributes on every keystroke, the block carries the shift (pnShift) until positions are next needed.
  function indexPositions() {
    positionsStale = false;
    positioned = [];
    starts = [];
    ends = [];
    var blocks = content.children;
    for (var b = 0; b < blocks.length; b++) {
      var shift = blocks[b].pnShift || 0;
      var nodes = blocks[b].querySelectorAll('[data-pos]');
      for (var i = -1; i < nodes.length; i++) {
        var el = i < 0 ? blocks[b] : nodes[i];
        var range = el.getAttribute('data-pos');
        if (!range) {
          continue;
        }
        var dash = range.indexOf('-');
        var start = parseInt(range.substring(0, dash), 10) + shift;
        if (!isNaN(start) && (starts.length === 0 || start >= starts[starts.length - 1])) {
          positioned.push(el);
          starts.push(start);
          ends.push(parseInt(range.substring(dash + 1), 10) + shift);
        }
      }
    }
  }

  function topOf(el) {
    return el.getBoundingClientRect().top + window.pageYOffset;
  }

  window.papernotes = {
    /** Replaces the note's HTML, keeping the scroll position. Returns the number of math elements. */
    update: function (html) {
      var x = window.pageXOffset, y = window.pageYOffset;
      content.innerHTML = html;
      enqueue(content);
      typesetFor(SLICE_MS);
      positionsStale = true;
      window.scrollTo(x, y);
    },
    /**
     * Replaces removeCount top-level blocks from index 'from' with the blocks in html, and shifts the source
     * positions of the blocks after them by delta (the text before them grew or shrank).
     */
    patch: function (from, removeCount, html, delta) {
      // No window.scrollTo here, unlike update(): WebKit keeps the scroll offset across these DOM changes by
      // itself, and scrolling would force a layout of the whole page inside this call (up to 30 ms in a long note).
      var template = document.createElement('template');
      template.innerHTML = html;
      var fresh = template.content;
      enqueue(fresh);
      var added = fresh.children.length;
      for (var i = 0; i < removeCount && from < content.children.length; i++) {
        content.removeChild(content.children[from]);
      }
      content.insertBefore(fresh, content.children[from] || null);
      if (delta !== 0) {
        for (var j = from + added; j < content.children.length; j++) {
          content.children[j].pnShift = (content.children[j].pnShift || 0) + delta;
        }
      }
      typesetFor(SLICE_MS);
      positionsStale = true;
    },
    /** True when every math and code element has been typeset. */
    isTypeset: function () {
      return queueHead >= queue.length;
    },
    setDark: function (dark) {
      if (dark) {
        document.documentElement.classList.add('dark');
      } else {
        document.documentElement.classList.remove('dark');
      }
    },
    /** Scrolls so that the block holding the source offset is at the top, interpolating inside it. */
    scrollToSource: function (offset) {
      if (positionsStale) {
        indexPositions();
      }
      if (positioned.length === 0) {
        return;
      }
      var lo = 0, hi = starts.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) { lo = mid; } else { hi = mid - 1; }
      }
      var el = positioned[lo];
      if (starts[lo] > offset) {
        window.scrollTo(window.pageXOffset, 0);
        return;
      }
      var y = topOf(el);
      var end = ends[lo];
      if (end > starts[lo] && offset < end) {
        y += el.getBoundingClientRect().height * (offset - starts[lo]) / (end - starts[lo]);
      }
      window.scrollTo(window.pageXOffset, Math.max(0, y - 8));
    }
  };

  // Links never navigate the page: anchors scroll inside it, anything else goes to the application,
  // which opens it in the system browser.
  document.addEventListener('click', function (event) {
    var target = event.target;
    while (target && !(target.tagName === 'A' && target.hasAttribute('href'))) {
      target = target.parentElement;
    }
    if (!target) {
      return;
    }
    event.preventDefault();
    var href = target.getAttribute('href');
    if (href.charAt(0) === '#') {
      var anchor = document.getElementById(decodeURIComponent(href.substring(1)));
      if (anchor) {
        anchor.scrollIntoView();
      }
    } else if (window.papernotesLinks) {
      window.papernotesLinks.open(target.href);
    }
  }, true);
})();
