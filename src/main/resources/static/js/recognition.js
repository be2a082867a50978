/*
 * The subject page's "read it from a scan": posts the chosen photo, shows what was read and fills the form only when
 * the applicant says so (docs/recognition.md). No inline scripts (CSP).
 */
(function () {
    'use strict';

    var TARGETS = {
        ID_FRONT: {name: ['person.name', 'handler.name'], idNumber: ['person.idNumber', 'handler.idNumber']},
        BUSINESS_LICENSE: {name: ['organization.name'], uscc: ['organization.uscc'],
            legalRep: ['organization.legalRep.name'], address: ['organization.address']}
    };

    function input(name) {
        return document.querySelector('#subject-form [name="' + name + '"]');
    }

    function setup(panel) {
        var kind = panel.dataset.kind;
        var result = panel.querySelector('[data-scan-result]');
        var text = panel.querySelector('[data-scan-text]');
        var apply = panel.querySelector('[data-scan-apply]');
        var reading = null;
        var csrf = document.querySelector('#subject-form input[name="_csrf"]');
        var labels = {name: panel.dataset.labelName, idNumber: panel.dataset.labelIdNumber,
            uscc: panel.dataset.labelUscc, legalRep: panel.dataset.labelLegalRep, address: panel.dataset.labelAddress};

        panel.querySelector('[data-scan-file]').addEventListener('change', function (e) {
            var file = e.target.files[0];
            if (!file) {
                return;
            }
            var body = new FormData();
            body.append('kind', kind);
            body.append('file', file);
            result.hidden = false;
            apply.hidden = true;
            text.textContent = panel.dataset.busy;
            var headers = {'Accept': 'application/json'};
            if (csrf) {
                headers['X-CSRF-TOKEN'] = csrf.value;
            }
            fetch('/recognition/readings', {method: 'POST', credentials: 'same-origin', headers: headers, body: body})
                .then(function (r) { return r.ok ? r.json() : {readable: false}; })
                .then(function (r) {
                    reading = r.readable ? r : null;
                    if (!reading) {
                        text.textContent = panel.dataset.unreadable;
                        return;
                    }
                    var parts = [];
                    Object.keys(TARGETS[kind]).forEach(function (field) {
                        if (reading[field]) {
                            parts.push(labels[field] + ' ' + reading[field]);
                        }
                    });
                    text.textContent = panel.dataset.reading.replace('{0}', parts.join('，'));
                    apply.hidden = false;
                })
                .catch(function () { text.textContent = panel.dataset.unreadable; });
        });

        apply.addEventListener('click', function () {
            if (!reading) {
                return;
            }
            Object.keys(TARGETS[kind]).forEach(function (field) {
                if (!reading[field]) {
                    return;
                }
                TARGETS[kind][field].forEach(function (name) {
                    var el = input(name);
                    if (el && !el.disabled && !el.readOnly) {
                        el.value = reading[field];
                        el.dispatchEvent(new Event('input', {bubbles: true}));
                        el.classList.add('filled-from-scan');
                    }
                });
            });
            result.hidden = true;
        });

        panel.querySelector('[data-scan-dismiss]').addEventListener('click', function () {
            reading = null;
            result.hidden = true;
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-scan-fill]').forEach(setup);
    });
}());
