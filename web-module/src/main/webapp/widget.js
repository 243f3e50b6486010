// The city's chat widget. One <script src="https://…/widget.js" defer></script> gives a floating « Une question ? »
// button opening a chat panel; data-mode="inline" (or data-target="<element id>") renders the chat in the page
// instead. It draws into a Shadow DOM so that the host site's styles and ours never mix, talks to the API next to
// this script, keeps the conversation's id and token in sessionStorage only, and inserts every text as text.
// Its voice mode (« Mode vocal ») listens with the browser's speech recognition and reads the answers aloud.
(function () {
    'use strict';

    const TEXT = {
        launcher: 'Une question ?',
        title: 'Centre de contacts de Suresnes',
        close: 'Fermer',
        region: 'Conversation avec le centre de contacts',
        log: 'Messages de la conversation',
        label: 'Votre message',
        hint: '2 000 caractères au plus. Entrée envoie, Maj + Entrée va à la ligne. '
            + 'N\'indiquez pas de mot de passe ni de données bancaires.',
        send: 'Envoyer',
        advisor: 'Parler à un conseiller',
        restart: 'Nouvelle conversation',
        sources: 'Sources :',
        newTab: ' (nouvel onglet)',
        choices: 'Réponses proposées',
        rating: 'Cette réponse vous a-t-elle aidé ?',
        yes: 'Oui',
        no: 'Non',
        thanks: 'Merci pour votre avis.',
        empty: 'Écrivez votre message avant de l\'envoyer.',
        kept: ' Votre message est conservé.',
        offline: 'Le centre de contacts ne répond pas. Vérifiez votre connexion puis réessayez.',
        tooMany: 'Trop de demandes en peu de temps.',
        retryIn: seconds => ' Réessayez dans ' + seconds + (seconds > 1 ? ' secondes.' : ' seconde.'),
        retryLater: ' Réessayez dans un instant.',
        failed: status => 'La demande n\'a pas abouti (erreur ' + status + ').',
        voiceMode: 'Mode vocal',
        talk: 'Parler',
        stopListening: 'J\'écoute… Arrêter',
        voiceHelp: 'Appuyez sur « Parler » puis posez votre question ; la réponse s\'affiche et vous est lue. '
            + 'Parler ou écrire interrompt la lecture.',
        noRecognition: 'Ce navigateur ne reconnaît pas la parole : écrivez votre question, la réponse vous sera lue.',
        recognitionFailed: 'La reconnaissance vocale ne répond pas dans ce navigateur : écrivez votre question, '
            + 'la réponse vous sera lue.',
        microphoneRefused: 'Le micro n\'est pas autorisé : écrivez votre question, la réponse vous sera lue, '
            + 'ou autorisez le micro pour ce site.',
        notHeard: 'Je n\'ai pas entendu de question. Appuyez de nouveau sur « Parler » ou écrivez-la.',
        authors: { CITIZEN: 'Vous', BOT: 'Assistant automatique', AGENT: 'Conseiller', SYSTEM: 'Centre de contacts' },
        states: {
            BOT: 'Vous échangez avec l\'assistant automatique.',
            WAITING_FOR_AGENT: 'Votre demande est en attente d\'un conseiller. Il vous répondra ici.',
            WITH_AGENT: 'Un conseiller vous répond.',
            CLOSED: 'Cette conversation est terminée. Vous pouvez en commencer une nouvelle.'
        }
    };

    // Contrast (WCAG 2.1 AA): every text colour is at least 4.5:1 on its background, the focus ring 3:1.
    const STYLE = `
        :host { all: initial; display: block; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                font-size: 1rem; line-height: 1.5; color: #1b1b1b; }
        *, *::before, *::after { box-sizing: border-box; }
        :focus-visible { outline: 3px solid #b34700; outline-offset: 2px; }
        button { font: inherit; cursor: pointer; border-radius: 4px; padding: .5rem 1rem; border: 2px solid #00576b;
                 background: #00576b; color: #fff; }
        button.secondary { background: #fff; color: #00576b; }
        button:hover { background: #003d4b; color: #fff; }
        a { color: #00576b; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
                           clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .launcher { position: fixed; right: 1.25rem; bottom: 1.25rem; z-index: 2147483000; border-radius: 2rem;
                    padding: .75rem 1.25rem; box-shadow: 0 2px 8px rgba(0, 0, 0, .35); }
        .panel { position: fixed; right: 1.25rem; bottom: 5rem; z-index: 2147483000; width: min(26rem, calc(100vw - 2.5rem));
                 max-height: calc(100vh - 6.5rem); display: flex; flex-direction: column; background: #fff;
                 border: 1px solid #4a4a4a; border-radius: 8px; box-shadow: 0 4px 18px rgba(0, 0, 0, .35);
                 animation: rise .18s ease-out; }
        .panel[hidden] { display: none; }
        @keyframes rise { from { opacity: 0; transform: translateY(1rem); } to { opacity: 1; transform: none; } }
        .header { display: flex; justify-content: space-between; align-items: center; gap: .5rem;
                  padding: .5rem .75rem; background: #00576b; color: #fff; border-radius: 7px 7px 0 0; }
        .header h2 { margin: 0; font-size: 1.05rem; }
        .header button { border-color: #fff; padding: .25rem .75rem; }
        .header :focus-visible { outline-color: #fff; }
        .chat { display: flex; flex-direction: column; gap: .5rem; padding: .75rem; min-height: 0; }
        .log { overflow-y: auto; max-height: 26rem; min-height: 6rem; border: 1px solid #c8c8c8; border-radius: 4px;
               padding: .5rem; scroll-behavior: smooth; }
        .panel .log { flex: 1; max-height: none; }
        .message { margin: 0 0 .5rem; padding: .4rem .6rem; border-radius: 6px; }
        .message.bot, .message.system { background: #eef5f7; }
        .message.agent { background: #fdf3e7; }
        .message.citizen { border: 1px solid #c8c8c8; margin-left: 2rem; }
        .who { margin: 0; font-weight: 600; font-size: .9rem; }
        .who time { font-weight: 400; color: #4a4a4a; margin-left: .5rem; }
        .text { margin: .15rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
        .sources { margin: .4rem 0 0; font-size: .9rem; }
        .sources p { margin: 0; }
        .sources ul { margin: .1rem 0 0; padding-left: 1.25rem; }
        .choices, .rating { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; margin-top: .5rem; }
        .choices button, .rating button { padding: .25rem .75rem; }
        .rating span { font-size: .9rem; }
        .thanks { margin: .4rem 0 0; font-size: .9rem; }
        .state { margin: 0; font-size: .9rem; color: #4a4a4a; }
        .error { margin: 0; color: #a00000; font-weight: 600; }
        .error[hidden] { display: none; }
        label { display: block; font-weight: 600; }
        textarea { display: block; width: 100%; padding: .5rem; border: 1px solid #4a4a4a; border-radius: 4px;
                   font: inherit; color: inherit; resize: vertical; }
        .hint { margin: .25rem 0 0; font-size: .85rem; color: #4a4a4a; }
        .actions { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .5rem; }
        .voice { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; }
        .voice button[aria-pressed="true"] { background: #00576b; color: #fff; }
        .voice button:disabled { cursor: not-allowed; background: #e6e6e6; color: #4a4a4a; border-color: #767676; }
        .voice .hint { flex-basis: 100%; margin: 0; }
        .voice .hint[hidden], .voice button[hidden] { display: none; }
        @media (prefers-reduced-motion: reduce) {
            .panel { animation: none; }
            .log { scroll-behavior: auto; }
        }
    `;

    /** An answer of the API that is not a success, told in French for the citizen. */
    class ApiError extends Error {
        constructor(message, status) {
            super(message);
            this.status = status;
        }
    }

    /** The REST API next to this script; every call carries the conversation's token when there is one. */
    class Api {
        constructor(base) {
            this.base = base;
        }

        url(path) {
            return new URL(path, this.base).href;
        }

        async call(method, path, token, body) {
            const headers = { Accept: 'application/json' };
            if (token) {
                headers.Authorization = 'Bearer ' + token;
            }
            if (body !== undefined) {
                headers['Content-Type'] = 'application/json';
            }
            let response;
            try {
                response = await fetch(this.url(path), {
                    method, headers, credentials: 'omit', cache: 'no-store',
                    body: body === undefined ? undefined : JSON.stringify(body)
                });
            } catch (unreachable) {
                throw new ApiError(TEXT.offline, 0);
            }
            if (!response.ok) {
                throw await Api.errorOf(response);
            }
            return response.status === 204 ? null : response.json();
        }

        static async errorOf(response) {
            if (response.status === 429) {
                const seconds = Api.retryAfterSeconds(response);
                return new ApiError(TEXT.tooMany + (seconds ? TEXT.retryIn(seconds) : TEXT.retryLater), 429);
            }
            const problem = await response.json().catch(() => ({}));
            const detail = typeof problem.detail === 'string' ? problem.detail : problem.title;
            return new ApiError(detail || TEXT.failed(response.status), response.status);
        }

        static retryAfterSeconds(response) {
            const header = response.headers.get('Retry-After');
            if (!header) {
                return 0;
            }
            const seconds = /^\d+$/.test(header.trim())
                ? Number(header.trim())
                : Math.ceil((Date.parse(header) - Date.now()) / 1000);
            return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
        }
    }

    /** The conversation this tab is in, kept for the session of the tab only (never a cookie). */
    class SessionMemory {
        constructor(key) {
            this.key = key;
        }

        recall() {
            try {
                const saved = JSON.parse(window.sessionStorage.getItem(this.key));
                return saved && saved.id && saved.accessToken ? saved : null;
            } catch (unavailable) {
                return null;
            }
        }

        keep(conversation) {
            try {
                window.sessionStorage.setItem(this.key,
                    JSON.stringify({ id: conversation.id, accessToken: conversation.accessToken }));
            } catch (unavailable) {
                // storage refused (private browsing, quota): the conversation lasts as long as the page
            }
        }

        forget() {
            try {
                window.sessionStorage.removeItem(this.key);
            } catch (unavailable) {
                // nothing was kept
            }
        }
    }

    /**
     * The conversation's server-sent events, read with fetch so that the token travels in the Authorization header
     * and never in a URL. Each connection starts with the whole transcript, so nothing is missed between two; the
     * chat ignores the messages it already shows. Reconnects with exponential backoff; gives up on a refusal (4xx).
     */
    class LiveEvents {
        constructor(url, token, listener) {
            this.url = url;
            this.token = token;
            this.listener = listener;
            this.stopper = new AbortController();
        }

        start() {
            this.run();
            return this;
        }

        stop() {
            this.stopper.abort();
        }

        async run() {
            const signal = this.stopper.signal;
            let failures = 0;
            while (!signal.aborted) {
                let pause;
                try {
                    const response = await fetch(this.url, {
                        headers: { Authorization: 'Bearer ' + this.token, Accept: 'text/event-stream' },
                        credentials: 'omit', cache: 'no-store', signal
                    });
                    if (response.status === 429) {
                        pause = Api.retryAfterSeconds(response) * 1000;
                    } else if (response.status >= 400 && response.status < 500) {
                        return;
                    } else if (response.ok) {
                        if (await this.read(response.body)) {
                            failures = 0;
                        }
                    }
                } catch (broken) {
                    if (signal.aborted) {
                        return;
                    }
                }
                failures += 1;
                await LiveEvents.sleep(pause || Math.min(30000, 1000 * 2 ** (failures - 1)) + Math.random() * 500, signal);
            }
        }

        /** Dispatches the events of one connection; true when at least one came. */
        async read(body) {
            const reader = body.pipeThrough(new TextDecoderStream()).getReader();
            let buffer = '';
            let type = '';
            let data = [];
            let received = false;
            for (;;) {
                const { value, done } = await reader.read();
                if (done) {
                    return received;
                }
                buffer += value;
                const lines = buffer.split('\n');
                buffer = lines.pop();
                for (const raw of lines) {
                    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
                    if (line === '') {
                        if (data.length) {
                            received = true;
                            this.dispatch(type || 'message', data.join('\n'));
                        }
                        type = '';
                        data = [];
                    } else if (!line.startsWith(':')) {
                        const colon = line.indexOf(':');
                        const field = colon < 0 ? line : line.slice(0, colon);
                        const content = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
                        if (field === 'event') {
                            type = content;
                        } else if (field === 'data') {
                            data.push(content);
                        }
                    }
                }
            }
        }

        dispatch(type, data) {
            let payload;
            try {
                payload = JSON.parse(data);
            } catch (notJson) {
                return;
            }
            if (type === 'message') {
                this.listener.message(payload);
            } else if (type === 'state') {
                this.listener.state(payload.state);
            }
        }

        static sleep(milliseconds, signal) {
            return new Promise(resolve => {
                const timer = setTimeout(resolve, milliseconds);
                signal.addEventListener('abort', () => {
                    clearTimeout(timer);
                    resolve();
                }, { once: true });
            });
        }
    }

    function element(tag, attributes, ...children) {
        const node = document.createElement(tag);
        Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
        children.forEach(child => node.append(child));
        return node;
    }

    function safeLink(url) {
        try {
            const parsed = new URL(url);
            return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
        } catch (notAUrl) {
            return null;
        }
    }

    /** One message of the log, drawn from its view; the text always as text. */
    class MessageCard {
        constructor(message, actions) {
            this.message = message;
            this.actions = actions;
            const author = message.author;
            const who = author === 'AGENT' && message.agentName
                ? TEXT.authors.AGENT + ' (' + message.agentName + ')'
                : TEXT.authors[author] || author;
            const header = element('p', { class: 'who' }, who);
            if (message.sentAt) {
                const time = element('time', { datetime: message.sentAt });
                time.textContent = new Date(message.sentAt).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
                header.append(time);
            }
            this.node = element('div', { class: 'message ' + String(author).toLowerCase(), tabindex: '-1' },
                header, element('p', { class: 'text' }, message.text || ''));
            if (message.sources && message.sources.length) {
                this.node.append(this.sources());
                this.node.append(message.rating ? this.thanks() : this.rating());
            }
        }

        sources() {
            const list = element('ul');
            this.message.sources.forEach(source => {
                const label = source.section ? source.title + ' — ' + source.section : source.title;
                const href = safeLink(source.url);
                list.append(element('li', {}, href
                    ? element('a', { href, target: '_blank', rel: 'noopener noreferrer' },
                        label, element('span', { class: 'visually-hidden' }, TEXT.newTab))
                    : label));
            });
            return element('div', { class: 'sources' }, element('p', {}, TEXT.sources), list);
        }

        rating() {
            const question = element('span', { id: 'rating-' + this.message.id }, TEXT.rating);
            const yes = element('button', { type: 'button', class: 'secondary' }, TEXT.yes);
            const no = element('button', { type: 'button', class: 'secondary' }, TEXT.no);
            yes.addEventListener('click', () => this.actions.rate(this, true));
            no.addEventListener('click', () => this.actions.rate(this, false));
            this.ratingGroup = element('div', { class: 'rating', role: 'group', 'aria-labelledby': question.id },
                question, yes, no);
            return this.ratingGroup;
        }

        thanks() {
            return element('p', { class: 'thanks', tabindex: '-1' }, TEXT.thanks);
        }

        rated() {
            const thanks = this.thanks();
            this.ratingGroup.replaceWith(thanks);
            thanks.focus();
        }

        offerChoices() {
            const choices = this.message.choices || [];
            if (this.choiceGroup || !choices.length) {
                return;
            }
            this.choiceGroup = element('div', { class: 'choices', role: 'group', 'aria-label': TEXT.choices });
            choices.forEach(choice => {
                const button = element('button', { type: 'button', class: 'secondary' }, choice.title);
                button.addEventListener('click', () => this.actions.choose(choice.payload));
                this.choiceGroup.append(button);
            });
            this.node.querySelector('.text').after(this.choiceGroup);
        }

        withdrawChoices() {
            if (this.choiceGroup) {
                this.choiceGroup.remove();
                this.choiceGroup = null;
            }
        }
    }

    /** The log, the state in words, the error line and the form: the part shared by both modes. */
    class ChatView {
        constructor(actions) {
            this.log = element('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': TEXT.log, tabindex: '0' });
            this.state = element('p', { class: 'state', role: 'status' });
            this.error = element('p', { class: 'error', role: 'alert', hidden: '' });
            this.field = element('textarea', { id: 'message', name: 'message', rows: '3', maxlength: '2000', 'aria-describedby': 'hint' });
            const advisor = element('button', { type: 'button', class: 'secondary' }, TEXT.advisor);
            const restart = element('button', { type: 'button', class: 'secondary' }, TEXT.restart);
            this.form = element('form', { novalidate: '' },
                element('label', { for: 'message' }, TEXT.label), this.field,
                element('p', { id: 'hint', class: 'hint' }, TEXT.hint),
                element('div', { class: 'actions' },
                    element('button', { type: 'submit' }, TEXT.send), advisor, restart));
            this.node = element('div', { class: 'chat' }, this.log, this.state, this.error, this.form);

            this.form.addEventListener('submit', event => {
                event.preventDefault();
                actions.send(this.field.value);
            });
            this.field.addEventListener('keydown', event => {
                if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                    event.preventDefault();
                    this.form.requestSubmit();
                }
            });
            advisor.addEventListener('click', () => actions.askForAdvisor());
            restart.addEventListener('click', () => actions.restart());
        }

        showState(state) {
            this.state.textContent = TEXT.states[state] || '';
        }

        showError(message) {
            this.error.textContent = message;
            this.error.hidden = false;
        }

        clearError() {
            this.error.hidden = true;
            this.error.textContent = '';
        }
    }

    /**
     * The voice mode: push-to-talk with the browser's speech recognition (French) where it works, typing otherwise,
     * and every new message of the bot, an agent or the centre read aloud, with the server's audio when it makes
     * some, else the browser's own voice. Talking or typing stops the reading (barge-in).
     */
    class Voice {
        /** Recognition that has not started listening by then is taken as absent (no service behind the API). */
        static START_LIMIT_MS = 5000;

        constructor(api, listener) {
            this.api = api;
            this.listener = listener;
            this.on = false;
            this.recognition = null;
            this.generation = 0;
            this.queue = Promise.resolve();
            this.finish = null;
            this.toggle = element('button', { type: 'button', class: 'secondary', 'aria-pressed': 'false' }, TEXT.voiceMode);
            this.talk = element('button', { type: 'button', class: 'talk', 'aria-describedby': 'voice-help', hidden: '' },
                TEXT.talk);
            this.help = element('p', { id: 'voice-help', class: 'hint', hidden: '' }, TEXT.voiceHelp);
            this.player = element('audio', { class: 'speech', preload: 'auto' });
            this.node = element('div', { class: 'voice' }, this.toggle, this.talk, this.help, this.player);
            this.toggle.addEventListener('click', () => this.switchMode());
            this.talk.addEventListener('click', () => this.recognition ? this.recognition.stop() : this.listen());
            if (!Voice.recognitionClass()) {
                this.unavailable(TEXT.noRecognition);
            }
        }

        static recognitionClass() {
            return window.SpeechRecognition || window.webkitSpeechRecognition || null;
        }

        switchMode() {
            this.on = !this.on;
            this.toggle.setAttribute('aria-pressed', String(this.on));
            this.talk.hidden = !this.on;
            this.help.hidden = !this.on;
            if (!this.on) {
                this.silence();
            }
        }

        unavailable(explanation) {
            this.talk.disabled = true;
            this.help.textContent = explanation;
        }

        listen() {
            this.silence();
            const recognition = new (Voice.recognitionClass())();
            recognition.lang = 'fr-FR';
            recognition.interimResults = false;
            recognition.maxAlternatives = 1;
            let heard = false;
            let listening = false;
            const watchdog = setTimeout(() => {
                if (!listening) {
                    recognition.abort();
                    this.unavailable(TEXT.recognitionFailed);
                }
            }, Voice.START_LIMIT_MS);
            recognition.onaudiostart = () => {
                listening = true;
            };
            recognition.onresult = event => {
                heard = true;
                this.listener.heard(event.results[0][0].transcript);
            };
            recognition.onerror = event => {
                if (event.error === 'not-allowed' || event.error === 'service-not-allowed' || event.error === 'audio-capture') {
                    this.unavailable(TEXT.microphoneRefused);
                } else if (event.error === 'network' || event.error === 'language-not-supported') {
                    this.unavailable(TEXT.recognitionFailed);
                }
            };
            recognition.onend = () => {
                clearTimeout(watchdog);
                this.recognition = null;
                this.talk.textContent = TEXT.talk;
                if (listening && !heard && !this.talk.disabled) {
                    this.listener.failed(TEXT.notHeard);
                }
            };
            this.recognition = recognition;
            this.talk.textContent = TEXT.stopListening;
            try {
                recognition.start();
            } catch (refused) {
                clearTimeout(watchdog);
                this.recognition = null;
                this.talk.textContent = TEXT.talk;
                this.unavailable(TEXT.recognitionFailed);
            }
        }

        /** Reads the messages aloud one after the other, those of the citizen excepted. */
        speakAll(messages, conversation) {
            if (!this.on || !conversation) {
                return;
            }
            const generation = this.generation;
            messages.filter(message => message.author !== 'CITIZEN' && message.text).forEach(message => {
                this.queue = this.queue.then(() => generation === this.generation
                    ? this.speak(message, conversation, generation) : null);
            });
        }

        /** Once the audio is fetched, it is played only if the citizen has not talked or typed meanwhile. */
        async speak(message, conversation, generation) {
            const audio = await this.serverAudio(message, conversation);
            if (generation !== this.generation) {
                return null;
            }
            return audio ? this.play(audio, message) : this.say(message.text);
        }

        /** The server's WAV of the message, or null when it makes none (503) or fails: the browser reads it then. */
        async serverAudio(message, conversation) {
            try {
                const response = await fetch(this.api.url('api/conversations/' + conversation.id + '/messages/'
                    + message.id + '/speech'), {
                    headers: { Authorization: 'Bearer ' + conversation.accessToken, Accept: 'audio/wav' },
                    credentials: 'omit'
                });
                return response.ok ? await response.blob() : null;
            } catch (unreachable) {
                return null;
            }
        }

        play(audio, message) {
            return new Promise(resolve => {
                if (this.player.src) {
                    URL.revokeObjectURL(this.player.src);
                }
                this.finish = resolve;
                this.player.dataset.message = String(message.id);
                this.player.src = URL.createObjectURL(audio);
                this.player.onended = resolve;
                this.player.onerror = resolve;
                this.player.play().catch(resolve);
            });
        }

        say(text) {
            if (!('speechSynthesis' in window)) {
                return null;
            }
            return new Promise(resolve => {
                const utterance = new SpeechSynthesisUtterance(text.replace(/\s*\[\s*\d{1,3}(?:\s*[,;]\s*\d{1,3})*\s*]/g, ''));
                utterance.lang = 'fr-FR';
                utterance.onend = resolve;
                utterance.onerror = resolve;
                this.finish = resolve;
                window.speechSynthesis.speak(utterance);
            });
        }

        /** Stops the reading now and forgets what was still to be read. */
        silence() {
            this.generation += 1;
            this.player.pause();
            if ('speechSynthesis' in window) {
                window.speechSynthesis.cancel();
            }
            if (this.finish) {
                this.finish();
                this.finish = null;
            }
        }
    }

    /** The conversation: what is shown, what is sent, what comes live. */
    class Chat {
        constructor(api, memory) {
            this.api = api;
            this.memory = memory;
            this.view = new ChatView(this);
            this.voice = new Voice(api, {
                heard: text => {
                    this.view.field.value = text;
                    this.send(text);
                },
                failed: message => this.view.showError(message)
            });
            this.view.form.before(this.voice.node);
            this.view.field.addEventListener('input', () => this.voice.silence());
            this.cards = new Map();
            this.ordered = [];
            this.conversation = null;
            this.opening = null;
            this.live = null;
            this.sending = false;
        }

        /** Resumes the tab's conversation, or opens one; shows why when it cannot. */
        begin() {
            return this.start().catch(error => this.view.showError(error.message));
        }

        start() {
            if (!this.opening) {
                this.opening = this.resumeOrOpen();
                this.opening.catch(() => {
                    this.opening = null;
                });
            }
            return this.opening;
        }

        async resumeOrOpen() {
            const saved = this.memory.recall();
            if (saved) {
                try {
                    this.show(await this.api.call('GET', 'api/conversations/' + saved.id, saved.accessToken));
                    this.conversation = saved;
                    this.listen();
                    return;
                } catch (error) {
                    if (error.status !== 404 && error.status !== 401) {
                        throw error;
                    }
                    this.memory.forget();
                }
            }
            const channel = this.voice.on ? 'BROWSER_VOICE' : 'WEB_CHAT';
            const opened = await this.api.call('POST', 'api/conversations', null, { channel });
            this.conversation = { id: opened.id, accessToken: opened.accessToken };
            this.memory.keep(this.conversation);
            this.show(await this.api.call('GET', 'api/conversations/' + opened.id, opened.accessToken));
            this.listen();
        }

        listen() {
            const conversation = this.conversation;
            this.live = new LiveEvents(this.api.url('api/conversations/' + conversation.id + '/events'), conversation.accessToken, {
                message: message => this.conversation === conversation && this.merge([message]),
                state: state => this.conversation === conversation && this.showState(state)
            }).start();
        }

        /** Runs a call on the conversation and shows its answer, or why it failed. */
        async act(call, keepsText) {
            this.view.clearError();
            try {
                await this.start();
                const conversation = this.conversation;
                const view = await call('api/conversations/' + conversation.id, conversation.accessToken);
                if (this.conversation === conversation) {
                    this.show(view);
                }
                return true;
            } catch (error) {
                this.view.showError(error.message + (keepsText ? TEXT.kept : ''));
                return false;
            }
        }

        /** The typed text leaves the field only once the server has it. */
        async send(text) {
            if (!text.trim()) {
                this.view.field.setAttribute('aria-invalid', 'true');
                this.view.showError(TEXT.empty);
                this.view.field.focus();
                return;
            }
            if (this.sending) {
                return;
            }
            this.view.field.removeAttribute('aria-invalid');
            this.sending = true;
            const sent = await this.act((path, token) => this.api.call('POST', path + '/messages', token, { text }), true);
            this.sending = false;
            if (sent && this.view.field.value === text) {
                this.view.field.value = '';
            }
        }

        choose(payload) {
            return this.act((path, token) => this.api.call('POST', path + '/messages', token, { text: payload }), false);
        }

        askForAdvisor() {
            return this.act((path, token) => this.api.call('POST', path + '/handoff', token), false);
        }

        async rate(card, useful) {
            this.view.clearError();
            try {
                await this.api.call('PUT', 'api/conversations/' + this.conversation.id + '/messages/' + card.message.id + '/rating',
                    this.conversation.accessToken, { useful });
                card.rated();
            } catch (error) {
                this.view.showError(error.message);
            }
        }

        restart() {
            this.voice.silence();
            if (this.live) {
                this.live.stop();
            }
            this.memory.forget();
            this.conversation = null;
            this.opening = null;
            this.cards.clear();
            this.ordered = [];
            this.view.log.textContent = '';
            this.view.clearError();
            this.view.field.focus();
            return this.begin();
        }

        show(conversation) {
            this.merge(conversation.messages || []);
            this.showState(conversation.state);
        }

        showState(state) {
            this.view.showState(state);
            if (state === 'CLOSED' && this.live) {
                this.live.stop();
            }
        }

        /** Adds the messages not shown yet, in order; moves the focus only if what held it went away. */
        merge(messages) {
            const focused = this.view.node.getRootNode().activeElement;
            const fresh = messages.filter(message => !this.cards.has(message.id));
            if (!fresh.length) {
                return;
            }
            fresh.forEach(message => this.insert(new MessageCard(message, this)));
            this.voice.speakAll(fresh, this.conversation);
            const bots = this.ordered.filter(card => card.message.author === 'BOT');
            bots.forEach((card, index) => index === bots.length - 1 ? card.offerChoices() : card.withdrawChoices());
            const log = this.view.log;
            log.scrollTop = log.scrollHeight;
            if (focused && !focused.isConnected) {
                this.ordered[this.ordered.length - 1].node.focus();
            }
        }

        insert(card) {
            const index = this.ordered.findIndex(other => Chat.precedes(card.message, other.message));
            const next = index < 0 ? null : this.ordered[index];
            this.ordered.splice(index < 0 ? this.ordered.length : index, 0, card);
            this.cards.set(card.message.id, card);
            this.view.log.insertBefore(card.node, next ? next.node : null);
        }

        static precedes(message, other) {
            const time = Date.parse(message.sentAt) || 0;
            const otherTime = Date.parse(other.sentAt) || 0;
            return time === otherTime ? message.id < other.id : time < otherTime;
        }
    }

    /** The chat in the page, where data-target says or where the script tag stands; it opens at once. */
    function mountInline(chat, host, script) {
        host.shadowRoot.append(element('section', { 'aria-label': TEXT.region }, chat.view.node));
        const target = script.dataset.target && document.getElementById(script.dataset.target);
        if (target) {
            target.append(host);
        } else if (document.body.contains(script)) {
            script.before(host);
        } else {
            document.body.append(host);
        }
        chat.begin();
    }

    /** A floating button opening the chat in a non-modal dialog; Escape closes it and gives the focus back. */
    function mountWithLauncher(chat, host) {
        const launcher = element('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'panel' },
            TEXT.launcher);
        const close = element('button', { type: 'button' }, TEXT.close);
        const panel = element('div', { id: 'panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'title', hidden: '' },
            element('div', { class: 'header' }, element('h2', { id: 'title' }, TEXT.title), close),
            chat.view.node);
        const hide = () => {
            panel.hidden = true;
            launcher.setAttribute('aria-expanded', 'false');
            launcher.focus();
        };
        launcher.addEventListener('click', () => {
            if (!panel.hidden) {
                hide();
                return;
            }
            panel.hidden = false;
            launcher.setAttribute('aria-expanded', 'true');
            chat.view.field.focus();
            chat.begin();
        });
        close.addEventListener('click', hide);
        panel.addEventListener('keydown', event => {
            if (event.key === 'Escape') {
                event.preventDefault();
                hide();
            }
        });
        host.shadowRoot.append(launcher, panel);
        document.body.append(host);
    }

    const script = document.currentScript || document.querySelector('script[src$="widget.js"]');
    const base = new URL('.', script.src).href;
    const chat = new Chat(new Api(base), new SessionMemory('contact-center:' + base));
    const inline = script.dataset.mode === 'inline' || Boolean(script.dataset.target);
    const host = element('div', { 'data-contact-center-widget': inline ? 'inline' : 'launcher' });
    host.attachShadow({ mode: 'open' }).append(element('style', {}, STYLE));
    if (inline) {
        mountInline(chat, host, script);
    } else {
        mountWithLauncher(chat, host);
    }
})();
