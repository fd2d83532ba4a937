package dev.masthead.editorial;

import static dev.masthead.testing.Editorial.ARTICLES;
import static dev.masthead.testing.Editorial.asAdmin;
import static dev.masthead.testing.Editorial.createDraft;
import static dev.masthead.testing.Editorial.eventsAfter;
import static dev.masthead.testing.Editorial.input;
import static dev.masthead.testing.Editorial.lastEventSeq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.editorial.article.ArticleEditor;
import dev.masthead.testing.Fixtures;
import dev.masthead.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox: one event per commit, none without one, numbered in commit order. */
@QuarkusTest
class ChangeEventsTest {

    @Inject
    ArticleEditor editor;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void everyCommittedWriteRecordsOneEventAndARefusedOneNone() {
        var section = Fixtures.section();
        var before = lastEventSeq();
        var input = input(section);
        var id = createDraft(input);
        var refused = input(section);
        refused.put("slug", input.get("slug"));
        asAdmin().contentType(ContentType.JSON).body(refused).post(ARTICLES).then().statusCode(409);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"99\"").body(Map.of("headline", "x"))
                .patch(ARTICLES + "/" + id).then().statusCode(412);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("section", "nowhere-at-all"))
                .patch(ARTICLES + "/" + id).then().statusCode(422);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("headline", "Edited"))
                .patch(ARTICLES + "/" + id).then().statusCode(200);

        var events = eventsAfter(before);
        assertThat(events.getList("data.findAll { it.entityId == " + id + " }.kind")).containsExactly("created", "updated");
        assertThat(events.getList("data.findAll { it.entityId == " + id + " }.version", Integer.class))
                .containsExactly(0, 1);
    }

    @Test
    void concurrentWritersGetConsecutiveNumbersInCommitOrder() throws Exception {
        var section = Fixtures.section();
        var before = lastEventSeq();
        var pool = Executors.newFixedThreadPool(6);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<Long>>();
            for (int i = 0; i < 12; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return createDraft(input(section));
                }));
            }
            start.countDown();
            var ids = new ArrayList<Long>();
            for (var f : futures) {
                ids.add(f.get());
            }
            var events = eventsAfter(before);
            var created = events.getList("data.findAll { it.kind == 'created' && it.entityType == 'article' }.entityId",
                    Long.class);
            assertThat(created).containsAll(ids);
            // Numbers are handed out under a lock held to commit: no gaps, no reordering.
            var all = events.getList("data.seq", Long.class);
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i)).isEqualTo(all.get(i - 1) + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aScheduledPublishRecordsOneEventHoweverManyPublishersRace() throws Exception {
        var section = Fixtures.section();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            var id = createDraft(input(section));
            asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("publishAt", TestClock.now().plusSeconds(60).toString()))
                    .post(ARTICLES + "/" + id + "/schedule").then().statusCode(200);
            ids.add(id);
        }
        var before = lastEventSeq();
        TestClock.advance(Duration.ofSeconds(61));

        // Two publishers, as two instances' jobs would run them.
        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            Callable<Integer> publisher = () -> {
                start.await();
                int published = 0;
                for (var id : ids) {
                    if (editor.publishDue(id)) {
                        published++;
                    }
                }
                return published;
            };
            var a = pool.submit(publisher);
            var b = pool.submit(publisher);
            start.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdownNow();
        }

        var events = eventsAfter(before);
        for (var id : ids) {
            assertThat(events.getList("data.findAll { it.entityId == " + id + " && it.kind == 'published' }"))
                    .as("published events of article %d", id).hasSize(1);
            asAdmin().get(ARTICLES + "/" + id).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("published"));
        }
        assertThat(List.copyOf(ids)).hasSize(6);
    }
}
