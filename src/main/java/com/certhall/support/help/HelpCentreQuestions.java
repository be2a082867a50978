package com.certhall.support.help;

import com.certhall.catalog.ChannelQuestions;
import com.certhall.catalog.HelpEntry;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The channel pages' questions are the help centre's: one store, written in both languages (docs/help.md). */
@Component
class HelpCentreQuestions implements ChannelQuestions {

    private final JdbcFaqs faqs;

    HelpCentreQuestions(JdbcFaqs faqs) {
        this.faqs = faqs;
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // kept per node (JdbcFaqs)
    public List<HelpEntry> of(String channelCode, Locale locale) {
        return faqs.of(channelCode).stream().map(f -> new HelpEntry(f.question(locale), f.answer(locale))).toList();
    }
}
