// Citizen page: a conversation with the assistant, who answers with its sources, and a person on request.
// Everything shown comes from the server and is inserted as text, never as HTML.
(function () {
    'use strict';
    const form = document.getElementById('formulaire-contact');
    const field = document.getElementById('message');
    const log = document.getElementById('fil');
    const advisor = document.getElementById('conseiller');
    const labels = { CITIZEN: 'Vous', BOT: 'Assistant', AGENT: 'Conseiller', SYSTEM: 'Centre de contacts' };
    let conversation = null;

    function entry(message) {
        const item = document.createElement('div');
        item.className = 'entry ' + message.author.toLowerCase();
        const who = document.createElement('strong');
        who.textContent = (labels[message.author] || message.author) + ' : ';
        item.appendChild(who);
        item.appendChild(document.createTextNode(message.text));
        if (message.sources && message.sources.length) {
            const list = document.createElement('ul');
            list.className = 'sources';
            message.sources.forEach(source => {
                const line = document.createElement('li');
                const label = source.title + (source.section ? ' — ' + source.section : '');
                if (source.url && /^https?:\/\//.test(source.url)) {
                    const link = document.createElement('a');
                    link.href = source.url;
                    link.rel = 'noopener';
                    link.textContent = label;
                    line.appendChild(link);
                } else {
                    line.textContent = label;
                }
                list.appendChild(line);
            });
            item.appendChild(list);
        }
        return item;
    }

    function say(author, text) {
        log.appendChild(entry({ author, text }));
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

    async function open() {
        if (!conversation) {
            conversation = await call('POST', '/api/conversations', { channel: 'WEB_CHAT' });
        }
    }

    function show(view) {
        log.textContent = '';
        view.messages.forEach(message => log.appendChild(entry(message)));
        const last = log.lastElementChild;
        if (last) {
            last.setAttribute('tabindex', '-1');
            last.focus();
        }
    }

    async function send(text) {
        try {
            await open();
            show(await call('POST', '/api/conversations/' + conversation.id + '/messages', { text }));
        } catch (error) {
            say('SYSTEM', error.message);
        }
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
        field.value = '';
        await send(text);
        field.focus();
    });

    advisor.addEventListener('click', async () => {
        try {
            await open();
            show(await call('POST', '/api/conversations/' + conversation.id + '/handoff'));
        } catch (error) {
            say('SYSTEM', error.message);
        }
    });
})();
