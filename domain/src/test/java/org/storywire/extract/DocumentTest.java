package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;

/** The document model as the steps after extraction read it: one reading of the article, offsets into one text. */
class DocumentTest {
    private final StatementExtractor extractor = FailingExtractor.create();

    private Document read(String title, String text, String language) {
        return extractor.read(new CleanArticle("d", "o", null, title, text, language, null, TimePrecision.UNKNOWN));
    }

    @Test
    void aTitleTheTextDoesNotRepeatIsItsFirstParagraph() {
        Document d = read("Minister\n  resigns", "The minister resigned on Monday. Dr. Hall said so.\nShe left at noon.", "en");
        assertThat(d.title()).isEqualTo("Minister resigns");
        assertThat(d.text()).isEqualTo("Minister resigns\n\nThe minister resigned on Monday. Dr. Hall said so.\nShe left at noon.");
        assertThat(d.bodyBegin()).isEqualTo("Minister resigns\n\n".length());
        assertThat(d.paragraphs()).extracting(p -> d.text().substring(p.begin(), p.end()))
                .containsExactly("Minister resigns", "The minister resigned on Monday. Dr. Hall said so.", "She left at noon.");
        // the model's sentences: "Dr. Hall" does not end one, and each sentence knows its paragraph
        assertThat(d.sentences()).extracting(s -> d.text().substring(s.begin(), s.end()) + "@" + s.paragraph())
                .containsExactly("Minister resigns@0", "The minister resigned on Monday.@1", "Dr. Hall said so.@1", "She left at noon.@2");
        assertThat(d.titleTokens()).extracting(Token::text).containsExactly("Minister", "resigns");
        assertThat(d.paragraphs().get(1).tokens()).extracting(Token::text).startsWith("The", "minister").endsWith("so", ".");
    }

    @Test
    void tokensCarryTheirOffsetsInTheText() {
        Document d = read(null, "Die Regierung in Velmora wies den Bericht zurück.\n\nEin Sprecher sagte, er sei falsch.", "de");
        for (Document.Sentence s : d.sentences()) {
            for (Token t : s.tokens()) assertThat(d.text().substring(t.begin(), t.end())).isEqualTo(t.text());
        }
        assertThat(d.sentences()).hasSize(2);
        assertThat(d.sentences().get(1).paragraph()).isEqualTo(1);
    }

    @Test
    void aTitleTheTextRepeatsIsReadOnItsOwnForItsWords() {
        Document d = read("Minister resigns", "Minister resigns\nThe minister resigned on Monday.", "en");
        assertThat(d.bodyBegin()).isZero();
        assertThat(d.text()).startsWith("Minister resigns\nThe");
        assertThat(d.titleTokens()).extracting(Token::text).containsExactly("Minister", "resigns");
    }

    @Test
    void theLanguageIsTheProducersElseTheDetectorsGuess() {
        assertThat(read(null, "Der Minister ist am Montag zurückgetreten, und die Partei hat das nicht kommentiert.", "en").language()).isEqualTo("en");
        assertThat(read(null, "The minister resigned on Monday, and the party said it would not comment on that.", "de").language()).isEqualTo("de");
        assertThat(read(null, "The minister resigned on Monday, and the party said it would not comment on that.", null).language()).isEqualTo("en");
        assertThat(read(null, "Der Minister ist am Montag zurückgetreten, und die Partei hat das nicht kommentiert.", null).language()).isEqualTo("de");
    }

    @Test
    void theViewCannotBeChanged() {
        Document d = read("Minister resigns", "The minister resigned on Monday.", "en");
        List<Token> tokens = d.sentences().get(1).tokens();
        assertThatThrownBy(() -> tokens.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.sentences().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.paragraphs().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.titleTokens().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEmptyArticleIsAnEmptyDocument() {
        Document d = read(null, "", null);
        assertThat(d.paragraphs()).isEmpty();
        assertThat(d.sentences()).isEmpty();
        assertThat(d.titleTokens()).isEmpty();
        assertThat(d.title()).isNull();
    }
}
