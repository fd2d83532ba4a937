// A client of Masthead's REST API written only against the types that openapi-typescript
// generates from openapi/openapi.yaml (masthead.d.ts, made by `npm run typescript`). It must
// compile under strict: a field the document declares nullable cannot be used unchecked, and
// the pins below fail the build when the document's nullability or enums change.
import type { components, paths } from "./masthead";

type Schemas = components["schemas"];
type Article = Schemas["Article"];
type Author = Schemas["Author"];
type Block = Schemas["Block"];
type Image = Schemas["Image"];
type ArticleAnswer = paths["/api/v1/articles/{slug}"]["get"]["responses"][200]["content"]["application/json"];
type AuthorAnswer = paths["/api/v1/authors/{slug}"]["get"]["responses"][200]["content"]["application/json"];

export async function fetchArticle(baseUrl: string, slug: string): Promise<Article> {
  const answer = await fetch(`${baseUrl}/api/v1/articles/${encodeURIComponent(slug)}`, {
    headers: { Accept: "application/json" },
  });
  if (answer.status !== 200) {
    throw new Error(`article ${slug}: HTTP ${answer.status}`);
  }
  return (await answer.json()) as ArticleAnswer;
}

export async function fetchAuthor(baseUrl: string, slug: string): Promise<Author> {
  const answer = await fetch(`${baseUrl}/api/v1/authors/${encodeURIComponent(slug)}`);
  if (answer.status !== 200) {
    throw new Error(`author ${slug}: HTTP ${answer.status}`);
  }
  return (await answer.json()) as AuthorAnswer;
}

/** The article page as text: label, headline, dek, byline, hero, body, tags. */
export function renderArticle(article: Article): string {
  const lines = [`${article.typeLabel.toUpperCase()} | ${article.section.name}`, article.headline];
  if (article.dek !== null) {
    lines.push(article.dek);
  }
  lines.push(`By ${article.authors.map((author) => author.name).join(" and ")}`);
  if (article.heroImage !== null) {
    lines.push(figure(article.heroImage));
  }
  lines.push(...article.body.blocks.map(renderBlock));
  lines.push(`Tags: ${article.tags.map((tag) => tag.name).join(", ")}`);
  lines.push(`${article.readingTimeMinutes} min read (${article.wordCount} words), published ${article.publishedAt}`);
  return lines.join("\n\n");
}

export function renderAuthor(author: Author): string {
  const portrait = author.avatar === null ? "(no portrait)" : figure(author.avatar);
  const links = author.socialLinks.map((link) => `${link.network}: ${link.url}`);
  return [author.name, author.bio ?? "", portrait, ...links].join("\n");
}

function figure(image: Image): string {
  const size = image.width !== null && image.height !== null ? ` ${image.width}x${image.height}` : "";
  const credit = image.credit === null ? "" : ` (${image.credit})`;
  return `[${image.alt}${size}] ${image.caption ?? ""}${credit}`;
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return block.html;
    case "heading":
      return `${"#".repeat(block.level)} ${block.text}`;
    case "quote":
      return `> ${block.html}${block.cite === undefined ? "" : ` (${block.cite})`}`;
    case "image":
      return figure(block.image);
    case "list":
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${item}`).join("\n");
    case "embed":
      return `[${block.provider ?? "embed"}: ${block.url}]`;
    default:
      return unknownBlock(block);
  }
}

/** Every kind of block is handled: a kind added to the document breaks the build here. */
function unknownBlock(block: never): never {
  throw new Error(`unknown block ${JSON.stringify(block)}`);
}

// Pins: what this client relies on, checked both ways (a field turning nullable, or a
// nullable one turning non-null, fails to compile).
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const pins: [
  Same<Article["dek"], string | null>,
  Same<Article["heroImage"], Image | null>,
  Same<Article["excerpt"], string>,
  Same<Article["type"], "analysis" | "news" | "opinion" | "symposium" | "feature" | "interview" | "review">,
  Same<Article["authors"], Schemas["AuthorRef"][]>,
  Same<Image["caption"], string | null>,
  Same<Image["alt"], string>,
  Same<Author["avatar"], Image | null>,
  Same<Author["bio"], string | null>,
  Same<Block["type"], "paragraph" | "heading" | "quote" | "image" | "list" | "embed">,
] = [true, true, true, true, true, true, true, true, true, true];
void pins;
