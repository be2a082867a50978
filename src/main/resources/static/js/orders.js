// Application wizard: show only the fields that apply (CSP allows scripts from this site only).
(function () {
    'use strict';

    function toggle(block, hidden) {
        if (!block) {
            return;
        }
        block.hidden = hidden;
        block.querySelectorAll('input, select, textarea').forEach(function (el) {
            el.disabled = hidden;
        });
    }

    // "法定代表人本人办理": the handler is the legal representative, so his identity fields are not asked twice
    var self = document.querySelector('[data-self-handler]');
    if (self) {
        var identity = document.querySelector('[data-handler-identity]');
        var update = function () { toggle(identity, self.checked); };
        self.addEventListener('change', update);
        update();
    }

    // invoice details only when an invoice is wanted
    var wanted = document.querySelectorAll('[data-invoice-wanted]');
    if (wanted.length) {
        var details = document.querySelector('[data-invoice-details]');
        var refresh = function () {
            var chosen = document.querySelector('[data-invoice-wanted]:checked');
            toggle(details, chosen && chosen.value === 'false');
        };
        wanted.forEach(function (r) { r.addEventListener('change', refresh); });
        refresh();
    }

    // delivery address only for mail
    var methods = document.querySelectorAll('[data-delivery-method]');
    if (methods.length) {
        var address = document.getElementById('address');
        var field = address ? address.closest('.field') : null;
        var change = function () {
            var chosen = document.querySelector('[data-delivery-method]:checked');
            if (field) {
                field.hidden = !chosen || chosen.value !== 'MAIL';
            }
        };
        methods.forEach(function (r) { r.addEventListener('change', change); });
        change();
    }
}());
