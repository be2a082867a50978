/*
 * File inputs in the page's language. The browser draws its own "Choose File / No file chosen" in the browser's
 * language, whatever the page's; this puts a button and the chosen file's name beside the input, in the language of
 * the page (texts from the footer), and keeps the input itself for the form.
 */
(function () {
    var footer = document.querySelector('.site-footer');
    if (!footer) {
        return;
    }
    var choose = footer.dataset.fileChoose;
    var none = footer.dataset.fileNone;

    function picker(input) {
        input.setAttribute('data-file-picker', '');
        var wrapper = document.createElement('span');
        wrapper.className = 'file-picker';
        // a span in the role of a button, not a <button>: the form's own buttons stay the only ones in it
        var button = document.createElement('span');
        button.setAttribute('role', 'button');
        button.tabIndex = input.disabled ? -1 : 0;
        button.className = 'button file-choose';
        button.textContent = choose;
        if (input.getAttribute('aria-label')) {
            button.setAttribute('aria-label', choose + ': ' + input.getAttribute('aria-label'));
        }
        var name = document.createElement('span');
        name.className = 'file-name muted';
        name.setAttribute('aria-live', 'polite');
        input.parentNode.insertBefore(wrapper, input);
        wrapper.appendChild(input);
        wrapper.appendChild(button);
        wrapper.appendChild(name);
        input.classList.add('file-input');
        input.tabIndex = -1;
        function show() {
            var files = Array.prototype.map.call(input.files || [], function (f) { return f.name; });
            name.textContent = files.length ? files.join(', ') : none;
        }
        button.addEventListener('click', function (event) {
            event.preventDefault();
            input.click();
        });
        button.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                input.click();
            }
        });
        input.addEventListener('change', show);
        show();
    }

    function enhance(root) {
        root.querySelectorAll('input[type=file]:not([data-file-picker])').forEach(picker);
    }

    enhance(document);
    // parts of a page swapped in by htmx get the same picker
    document.addEventListener('htmx:load', function (event) { enhance(event.target); });
})();
