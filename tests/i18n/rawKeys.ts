/**
 * Finds message keys shown as text. A translator shows the key itself when neither the
 * locale's catalog nor the English areas its component asked `useI18n` for hold the
 * message, so a key on screen in English means a component forgot an area.
 */
import { en } from "../../src/i18n/locales/en/index";

const KEYS: ReadonlySet<string> = new Set(Object.keys(en));
const AREAS = [...new Set(Object.keys(en).map((key) => key.slice(0, key.indexOf("."))))];
const KEY_LIKE = new RegExp(`\\b(?:${AREAS.join("|")})\\.[A-Za-z0-9_.]*[A-Za-z0-9_]`, "g");

/** The message keys that appear in `root`'s text or in any attribute below it, as `where: key`. */
export function findRawMessageKeys(root: Element): string[] {
  const found: string[] = [];
  const check = (text: string | null, where: string) => {
    for (const match of text?.matchAll(KEY_LIKE) ?? []) {
      if (KEYS.has(match[0])) found.push(`${where}: ${match[0]}`);
    }
  };
  check(root.textContent, "text");
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const attribute of element.attributes) check(attribute.value, `${element.localName}[${attribute.name}]`);
  }
  return found;
}
