package org.storywire.ingest.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text of HTML with its paragraph structure kept: one line per block element, whitespace inside a
 * block collapsed; scripts and styles dropped. Nothing else is removed (banners and credits are the
 * cleaner's job).
 */
public final class HtmlText {
    private HtmlText() {
    }

    /** Text of an HTML fragment such as an RSS description. */
    public static String ofFragment(String html) {
        if (html == null) {
            return null;
        }
        return of(Jsoup.parseBodyFragment(html).body());
    }

    public static String of(Element root) {
        root.select("script, style, noscript, template, svg").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendCollapsed(out, text.getWholeText());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    newline(out);
                }
            }
        }, root);
        return out.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{2,}", "\n").strip();
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0';
            if (!space) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
        }
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
