// "Insérer" buttons of the agent portal: put the suggested reply, canned response or source (data-insert) into the
// reply box at the caret, where the agent edits it before sending. Nothing is sent from here.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-insert]');
    var box = document.getElementById('reply:text');
    if (!button || !box) {
        return;
    }
    var text = button.getAttribute('data-insert');
    var start = box.selectionStart, end = box.selectionEnd;
    var before = box.value.substring(0, start), after = box.value.substring(end);
    var separator = before && !/\n$/.test(before) ? '\n\n' : '';
    box.value = before + separator + text + after;
    box.focus();
    box.selectionStart = box.selectionEnd = (before + separator + text).length;
});
