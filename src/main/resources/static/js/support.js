// 在线客服: the launcher at the bottom right of every page (docs/help.md). On a desktop it opens the support page
// in a small panel; on a phone it goes to the page. The page it was clicked on goes along, so a conversation started
// from an order page is attached to that order. On the staff desk, a canned answer fills the reply box.
(function () {
    'use strict';
    document.addEventListener('DOMContentLoaded', function () {
        var launcher = document.getElementById('support-launcher');
        var path = window.location.pathname;
        if (launcher) {
            if (path.indexOf('/admin') === 0 || path.indexOf('/support') === 0 || window.self !== window.top) {
                launcher.hidden = true;
            } else {
                var target = launcher.getAttribute('href') + '?from=' + encodeURIComponent(path);
                launcher.setAttribute('href', target);
                launcher.addEventListener('click', function (event) {
                    if (window.matchMedia('(max-width: 720px)').matches) {
                        return;
                    }
                    event.preventDefault();
                    togglePanel(target + '&embed=1', launcher);
                });
            }
        }
        // "咨询此订单" and the like: the support page for that order, in the panel on a desktop
        document.querySelectorAll('a[data-support-panel]').forEach(function (link) {
            link.addEventListener('click', function (event) {
                if (window.matchMedia('(max-width: 720px)').matches || !launcher || launcher.hidden) {
                    return;
                }
                event.preventDefault();
                var src = link.getAttribute('href') + '&embed=1';
                var open = document.querySelector('#support-panel iframe');
                if (open && open.getAttribute('src') !== src) {
                    open.setAttribute('src', src);
                    document.getElementById('support-panel').hidden = false;
                } else {
                    togglePanel(src, launcher);
                }
            });
        });
        document.querySelectorAll('[data-canned-target]').forEach(function (select) {
            select.addEventListener('change', function () {
                var box = document.getElementById(select.getAttribute('data-canned-target'));
                if (box && select.value) {
                    box.value = select.value;
                    box.focus();
                }
            });
        });
    });

    function togglePanel(src, launcher) {
        var panel = document.getElementById('support-panel');
        if (panel) {
            panel.hidden = !panel.hidden;
            return;
        }
        panel = document.createElement('div');
        panel.id = 'support-panel';
        panel.className = 'support-panel';
        var close = document.createElement('button');
        close.type = 'button';
        close.className = 'support-panel-close';
        close.textContent = '×';
        close.setAttribute('aria-label', launcher.getAttribute('data-close') || 'Close');
        close.addEventListener('click', function () { panel.hidden = true; });
        var frame = document.createElement('iframe');
        frame.src = src;
        frame.title = launcher.textContent;
        panel.appendChild(close);
        panel.appendChild(frame);
        document.body.appendChild(panel);
    }
})();
