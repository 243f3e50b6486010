package fr.suresnes.contactcenter.conversation.rest;

import fr.suresnes.contactcenter.channel.entity.Channel;

import java.util.Set;

/** Body of POST /api/conversations; an empty body opens a web chat. */
public record NewConversation(Channel channel) {

    /** the channels a citizen opens by themselves; telephone calls come through the voice gateways */
    static final Set<Channel> SELF_SERVICE = Set.of(Channel.WEB_CHAT, Channel.REST_API, Channel.BROWSER_VOICE);

    Channel channelOrDefault() {
        return channel == null ? Channel.WEB_CHAT : channel;
    }
}
