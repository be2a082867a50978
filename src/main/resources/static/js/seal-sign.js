// 电子签章: drag the seal onto the page preview with pointer events (mouse, pen and touch alike) and keep the
// position as fractions of the page in the form; poll scan-to-sign until the phone approved (docs/seals.md).
(function () {
    'use strict';
    var form = document.getElementById('sign-form');
    var stage = document.getElementById('stage');
    var pageImage = document.getElementById('page-image');
    var seal = document.getElementById('seal-drag');
    var pageSelect = document.getElementById('page');
    var leftInput = document.getElementById('left');
    var topInput = document.getElementById('top');
    if (!form || !stage || !seal || !pageSelect) {
        return;
    }
    var MM = 72 / 25.4;

    function chosenSeal() {
        return form.querySelector('input[name="seal"]:checked');
    }

    function pageOption() {
        return pageSelect.options[pageSelect.selectedIndex];
    }

    function sealFraction() {
        var s = chosenSeal();
        var o = pageOption();
        var w = s ? Number(s.getAttribute('data-width-mm')) : 42;
        var h = s ? Number(s.getAttribute('data-height-mm')) : 42;
        return {w: w * MM / Number(o.getAttribute('data-width')), h: h * MM / Number(o.getAttribute('data-height'))};
    }

    function clamp(v, max) {
        return Math.min(Math.max(0, v), Math.max(0, max));
    }

    function layout() {
        var f = sealFraction();
        var left = clamp(Number(leftInput.value) || 0, 1 - f.w);
        var top = clamp(Number(topInput.value) || 0, 1 - f.h);
        leftInput.value = left.toFixed(4);
        topInput.value = top.toFixed(4);
        seal.style.width = (f.w * 100) + '%';
        seal.style.height = (f.h * 100) + '%';
        seal.style.left = (left * 100) + '%';
        seal.style.top = (top * 100) + '%';
    }

    var drag = null;
    seal.addEventListener('pointerdown', function (e) {
        var r = seal.getBoundingClientRect();
        drag = {dx: e.clientX - r.left, dy: e.clientY - r.top};
        seal.setPointerCapture(e.pointerId);
        seal.classList.add('dragging');
        e.preventDefault();
    });
    seal.addEventListener('pointermove', function (e) {
        if (!drag) {
            return;
        }
        var box = stage.getBoundingClientRect();
        leftInput.value = (e.clientX - drag.dx - box.left) / box.width;
        topInput.value = (e.clientY - drag.dy - box.top) / box.height;
        layout();
    });
    function drop(e) {
        if (drag) {
            drag = null;
            seal.classList.remove('dragging');
            if (seal.hasPointerCapture(e.pointerId)) {
                seal.releasePointerCapture(e.pointerId);
            }
        }
    }
    seal.addEventListener('pointerup', drop);
    seal.addEventListener('pointercancel', drop);

    pageSelect.addEventListener('change', function () {
        pageImage.src = pageOption().getAttribute('data-src');
        layout();
    });
    form.querySelectorAll('input[name="seal"]').forEach(function (radio) {
        radio.addEventListener('change', function () {
            seal.src = radio.getAttribute('data-image');
            layout();
        });
    });
    var s = chosenSeal();
    if (s) {
        seal.src = s.getAttribute('data-image');
    } else {
        seal.hidden = true;
    }
    layout();

    var poll = form.getAttribute('data-poll');
    var status = document.getElementById('scan-status');
    var scanPanel = document.getElementById('scan-panel');
    if (poll && scanPanel && window.matchMedia('(max-width: 899px)').matches) {
        // one column: the QR sits below the page preview, so bring it into view rather than make the user look for it
        scanPanel.scrollIntoView({block: 'start'});
    }
    if (poll) {
        var timer = setInterval(function () {
            fetch(poll, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (r) { return r.json(); })
                .then(function (answer) {
                    if (answer.signed) {
                        clearInterval(timer);
                        window.location.assign(form.getAttribute('action'));
                    } else if (answer.error) {
                        clearInterval(timer);
                        if (status) {
                            status.textContent = answer.error;
                            status.classList.add('error');
                        }
                    }
                })
                .catch(function () { /* the next poll tries again */ });
        }, 2000);
    }
}());
