// Citizen page: opens a conversation, sends the message and asks for a person.
// Everything shown comes from the server and is inserted as text, never as HTML.
(function () {
    'use strict';
    const form = document.getElementById('formulaire-contact');
    const field = document.getElementById('message');
    const log = document.getElementById('fil');
    const labels = { CITIZEN: 'Vous', BOT: 'Assistant', AGENT: 'Conseiller', SYSTEM: 'Centre de contacts' };
    let conversation = null;

    function say(author, text) {
        const entry = document.createElement('p');
        entry.className = 'entry ' + author.toLowerCase();
        const who = document.createElement('strong');
        who.textContent = (labels[author] || author) + ' : ';
        entry.appendChild(who);
        entry.appendChild(document.createTextNode(text));
        log.appendChild(entry);
    }

    async function call(method, path, body) {
        const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
        if (conversation) {
            headers.Authorization = 'Bearer ' + conversation.accessToken;
        }
        const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        const payload = await response.json().catch(() => ({}));
        if (!response.ok) {
            throw new Error(payload.detail || payload.title || ('Erreur ' + response.status));
        }
        return payload;
    }

    function show(view) {
        log.textContent = '';
        view.messages.forEach(m => say(m.author, m.text));
    }

    form.addEventListener('submit', async event => {
        event.preventDefault();
        const text = field.value.trim();
        if (!text) {
            field.setAttribute('aria-invalid', 'true');
            say('SYSTEM', 'Écrivez votre message avant de l\'envoyer.');
            return;
        }
        field.removeAttribute('aria-invalid');
        try {
            if (!conversation) {
                conversation = await call('POST', '/api/conversations', { channel: 'WEB_CHAT' });
            }
            await call('POST', '/api/conversations/' + conversation.id + '/messages', { text });
            show(await call('POST', '/api/conversations/' + conversation.id + '/handoff'));
            field.value = '';
        } catch (error) {
            say('SYSTEM', error.message);
        }
        field.focus();
    });
})();
