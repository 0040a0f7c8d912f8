package org.storywire.topology;

import java.time.Instant;
import org.storywire.avro.RawArticle;

/** Invented articles for the event tests: one flood reported by two outlets, and an unrelated product launch. */
public final class EventArticles {
    private EventArticles() {}

    public static final Instant T0 = Instant.parse("2026-04-14T06:30:00Z");

    public static RawArticle damHerald() {
        return SampleArticles.article("ev-test-herald-dunmere", "Valley Herald", "https://valleyherald.example/dunmere-dam",
                "Dunmere Dam spillway fails, Kelmora River floods Ashcombe",
                """
                The spillway of the Dunmere Dam failed early on Tuesday and the Kelmora River flooded the lower streets of Ashcombe, \
                forcing hundreds of residents from their homes.

                Governor Aldous Penhallow said the Dunmere Dam itself was holding and that the flooding in Ashcombe would ease by Thursday. \
                The Kelmora Water Authority denied that it had ignored warnings about the spillway gates of the Dunmere Dam.

                Rescue crews in boats moved through Ashcombe while the Kelmora River kept rising past the old mill bridge.
                """, "en", T0);
    }

    public static RawArticle damCourier() {
        return SampleArticles.article("ev-test-courier-dunmere", "Northern Courier", "https://northerncourier.example/ashcombe-flood",
                "Ashcombe evacuated as Kelmora River bursts banks below Dunmere Dam",
                """
                Residents of Ashcombe were evacuated on Tuesday after the spillway of the Dunmere Dam gave way and the Kelmora River \
                burst its banks.

                Governor Aldous Penhallow told reporters that the Dunmere Dam was not at risk of collapse. A spokesperson for the \
                Kelmora Water Authority said the spillway gates had been inspected in March.

                Boats carried residents from flooded streets in Ashcombe as the Kelmora River rose through the morning.
                """, "en", T0.plusSeconds(3_600));
    }

    public static RawArticle robots() {
        return SampleArticles.article("ev-test-quillon-robot", "Gadget Wire", "https://gadgetwire.example/quillon",
                "Quillon Robotics shows a warehouse robot that folds parcels",
                """
                Quillon Robotics presented a warehouse robot in Tarrow on Wednesday that folds cardboard parcels and stacks them on \
                pallets without human help.

                Chief executive Marisol Vantreight said the Quillon robot would be sold to logistics firms next spring. Analysts at \
                Brightfield Capital said the price of the machine was still unclear.
                """, "en", T0.plusSeconds(7_200));
    }

    /** Ninety days later: the quiet period (60 days) of the flood has passed when this arrives. */
    public static RawArticle muchLater() {
        return SampleArticles.article("ev-test-later-orchard", "Valley Herald", "https://valleyherald.example/orchard",
                "Orchard festival in Penrith Vale draws record crowds",
                """
                The orchard festival of Penrith Vale drew a record crowd on Saturday, the organisers said, with cider presses and \
                apple tastings along the Harrowgate road.
                """, "en", T0.plusSeconds(90L * 24 * 3_600));
    }
}
