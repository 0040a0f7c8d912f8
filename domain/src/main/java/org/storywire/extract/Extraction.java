package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import org.storywire.clean.CleanArticle;

/**
 * One article under extraction: its analysed text, and the statements found so far with the
 * discourse state the steps share (the last statement, whose speaker a pronoun or a run-on
 * Konjunktiv sentence continues; the last reported source; how far the text is consumed).
 */
final class Extraction {
    final CleanArticle article;
    final String text;
    final boolean english;
    final TextModel model;
    final EntityMemory memory;
    final NounPhrases nps;
    final Lexicons lex;
    final Morphology morph;
    final List<Draft> drafts = new ArrayList<>();
    Draft lastStatement;
    Draft lastSource;
    /** Text before this offset belongs to a statement already: a cue inside it is part of what was said. */
    int consumedUntil;

    Extraction(CleanArticle article, String text, boolean english, TextModel model, Lexicons lex, Morphology morph) {
        this.article = article;
        this.text = text;
        this.english = english;
        this.model = model;
        this.lex = lex;
        this.morph = morph;
        this.memory = new EntityMemory(model, lex, english);
        this.nps = new NounPhrases(model, lex, english, morph);
    }

    void accept(Draft d) {
        drafts.add(d);
        lastStatement = d;
        if (d.reported || (d.speaker != null && d.speaker.kind() == SpeakerKind.MEDIA)) lastSource = d;
        consumedUntil = Math.max(consumedUntil, d.contentEnd);
    }
}
