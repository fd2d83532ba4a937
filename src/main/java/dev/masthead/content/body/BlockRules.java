package dev.masthead.content.body;

import dev.masthead.web.problem.InvalidParameterException;
import java.util.List;

/**
 * What each kind of block must carry, and may not: a writer's blocks are checked before
 * anything is stored, and each fault is a 400 naming the block's field
 * ({@code body.blocks[3].level}).
 */
public final class BlockRules {

    /** More blocks than any article needs; past it a body is refused rather than stored. */
    public static final int MAX_BLOCKS = 2000;
    public static final int MAX_ITEMS = 500;

    private BlockRules() {
    }

    /** A text block the cleaner left without text: nothing a reader would see. */
    public static boolean isEmpty(Block b) {
        return switch (b.type()) {
            case paragraph, quote -> b.html() == null || b.html().isBlank();
            case heading -> b.text() == null || b.text().isBlank();
            case list -> b.items() == null || b.items().stream().allMatch(i -> i == null || i.isBlank());
            default -> false;
        };
    }

    public static void check(String field, List<Block> blocks) {
        if (blocks.size() > MAX_BLOCKS) {
            throw new InvalidParameterException(field, "may hold at most " + MAX_BLOCKS + " blocks");
        }
        for (int i = 0; i < blocks.size(); i++) {
            var b = blocks.get(i);
            var at = field + "[" + i + "]";
            if (b == null) {
                throw new InvalidParameterException(at, "may not be null");
            }
            if (b.type() == null) {
                throw new InvalidParameterException(at + ".type",
                        "is required: one of paragraph, heading, quote, image, list, embed");
            }
            switch (b.type()) {
                case paragraph -> {
                    require(at + ".html", b.html());
                    forbid(at, b, "html");
                }
                case heading -> {
                    require(at + ".text", b.text());
                    if (b.level() == null || b.level() < 2 || b.level() > 4) {
                        throw new InvalidParameterException(at + ".level", "must be 2, 3 or 4");
                    }
                    forbid(at, b, "text", "level");
                }
                case quote -> {
                    require(at + ".html", b.html());
                    forbid(at, b, "html", "cite");
                }
                case image -> {
                    if (b.image() == null) {
                        throw new InvalidParameterException(at + ".image", "is required for an image block");
                    }
                    require(at + ".image.url", b.image().url());
                    if (b.image().alt() == null) {
                        throw new InvalidParameterException(at + ".image.alt",
                                "is required (an empty string marks a decorative image)");
                    }
                    forbid(at, b, "image");
                }
                case list -> {
                    if (b.ordered() == null) {
                        throw new InvalidParameterException(at + ".ordered", "is required for a list block");
                    }
                    if (b.items() == null || b.items().isEmpty()) {
                        throw new InvalidParameterException(at + ".items", "must hold at least one item");
                    }
                    if (b.items().size() > MAX_ITEMS) {
                        throw new InvalidParameterException(at + ".items", "may hold at most " + MAX_ITEMS + " items");
                    }
                    for (int j = 0; j < b.items().size(); j++) {
                        require(at + ".items[" + j + "]", b.items().get(j));
                    }
                    forbid(at, b, "ordered", "items");
                }
                case embed -> {
                    require(at + ".url", b.url());
                    forbid(at, b, "url", "provider");
                }
            }
        }
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(field, "is required and may not be blank");
        }
    }

    /** Refuses fields that belong to another kind of block, so a mistaken shape is not silently dropped. */
    private static void forbid(String at, Block b, String... allowed) {
        var ok = List.of(allowed);
        check(at, "html", b.html() != null, ok);
        check(at, "text", b.text() != null, ok);
        check(at, "level", b.level() != null, ok);
        check(at, "cite", b.cite() != null, ok);
        check(at, "ordered", b.ordered() != null, ok);
        check(at, "items", b.items() != null, ok);
        check(at, "image", b.image() != null, ok);
        check(at, "url", b.url() != null, ok);
        check(at, "provider", b.provider() != null, ok);
    }

    private static void check(String at, String name, boolean present, List<String> allowed) {
        if (present && !allowed.contains(name)) {
            throw new InvalidParameterException(at + "." + name, "does not belong to this kind of block");
        }
    }
}
