/**
 * The hard-coded-string finder used with the `qps-ploc` pseudo-locale.
 *
 * Convention for component authors:
 * - Every word we write comes from the catalog (`t(...)`), so under `qps-ploc` it renders
 *   accented ("Àççéþţ") and contains no plain ASCII letter.
 * - Text from the network (names, topics, reasons, IDs) goes through `<NetworkText>`, which
 *   renders `<bdi dir="auto" data-mmui-network-text>`. Any other element whose text is not
 *   ours (a user ID in a `<code>`) carries `data-mmui-network-text` itself.
 * - Pass network text into messages as nodes (`t("invite.by", { name: <NetworkText>… })`),
 *   never as strings: a string merges into our text node and the finder flags it.
 * - An attribute (`aria-label`, `alt`…) may mix catalog words with a name: it passes when it
 *   holds a pseudo-localised message (`[… ~~]`). An attribute that is only network text (an
 *   avatar labelled with a name) sits on an element marked `data-mmui-network-text`.
 * The finder walks the text nodes and the labelling attributes and reports plain ASCII
 * letters outside those markers.
 */

/** A piece of text the finder thinks was not localised. */
export interface UnlocalizedText {
  /** The text, trimmed. */
  text: string;
  /** The element holding it. */
  element: Element;
  /** `"text"` for a text node, else the attribute name (`aria-label`, `alt`…). */
  source: string;
}

/** Options for {@link findUnlocalizedText}. */
export interface FindUnlocalizedTextOptions {
  /** Also check `aria-label`, `title`, `alt`, `placeholder` and `aria-placeholder`. Defaults to `true`. */
  attributes?: boolean;
}

const NETWORK_TEXT_SELECTOR = "bdi, [data-mmui-network-text], script, style, noscript";
const LABEL_ATTRIBUTES = ["aria-label", "title", "alt", "placeholder", "aria-placeholder", "aria-roledescription"];
const PLAIN_LETTER = /[A-Za-z]/;
// What `pseudoLocalizeText` wraps every message in: "[", the text, padding "~", "]".
const PSEUDO_MESSAGE = /\[[^\]]*~+\]/;

function isNetworkText(element: Element | null): boolean {
  return element?.closest(NETWORK_TEXT_SELECTOR) != null;
}

/**
 * Text rendered under the pseudo-locale that still holds plain ASCII letters outside
 * network-text markers: strings a component wrote without the catalog.
 */
export function findUnlocalizedText(container: Element, options: FindUnlocalizedTextOptions = {}): UnlocalizedText[] {
  const found: UnlocalizedText[] = [];
  const document = container.ownerDocument;
  const walker = document.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? "";
    const parent = node.parentElement;
    if (!parent || !PLAIN_LETTER.test(text) || isNetworkText(parent)) continue;
    found.push({ text, element: parent, source: "text" });
  }
  if (options.attributes !== false) {
    for (const element of [container, ...container.querySelectorAll("*")]) {
      if (element.matches("[data-mmui-network-text]") || isNetworkText(element.parentElement)) continue;
      for (const attribute of LABEL_ATTRIBUTES) {
        const value = element.getAttribute(attribute)?.trim();
        if (value && PLAIN_LETTER.test(value) && !PSEUDO_MESSAGE.test(value)) found.push({ text: value, element, source: attribute });
      }
    }
  }
  return found;
}
