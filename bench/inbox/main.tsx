/**
 * The InviteList benchmark page: `window.inboxBench` mounts the list with N invites and
 * scrolls it, reporting times. Driven by bench/inbox/measure.mjs in Chromium.
 */
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { createInviteStore, InviteList, I18nProvider, type InviteEntry, type MembershipClient } from "../../src/index";
import namedRoom from "../../tests/fixtures/invite-named-room-full.json";
import directMessage from "../../tests/fixtures/invite-dm-unnamed.json";
import space from "../../tests/fixtures/invite-space.json";
import unnamedGroup from "../../tests/fixtures/invite-unnamed-group.json";
import aliasOnly from "../../tests/fixtures/invite-public-room-alias-only.json";

const USER_ID = "@bob:localhost";
const CAPTURES = [namedRoom, directMessage, space, unnamedGroup, aliasOnly];

/** A client that is never called while mounting and scrolling (avatars are off); any call just waits. */
const idleClient = new Proxy({} as MembershipClient, {
  get: (_target, property) => (property === "then" ? undefined : () => new Promise(() => {})),
});

/** `count` invites from the real captures, each under its own room ID, through the invite store. */
function makeInvites(count: number): readonly InviteEntry[] {
  const invite: Record<string, unknown> = {};
  for (let index = 0; index < count; index += 1) {
    const capture = CAPTURES[index % CAPTURES.length]!;
    const roomId = `!inbox${String(index).padStart(6, "0")}:localhost`;
    invite[roomId] = JSON.parse(JSON.stringify(capture.sync_invite_entry).replaceAll(capture.room_id, roomId));
  }
  const store = createInviteStore({ userId: USER_ID });
  store.applySync({ rooms: { invite } }, { full: true });
  return store.getSnapshot();
}

/** `?triage`: the list grouped by trust (every invite assessed; the spam group kept open, so its rows scroll) with multi-select on. */
const triage = new URLSearchParams(location.search).has("triage");

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves after the next frame has been painted. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let root: Root | undefined;
const stage = document.getElementById("stage")!;

async function mount(count: number) {
  root?.unmount();
  stage.replaceChildren();
  const invites = makeInvites(count);
  await afterPaint();
  root = createRoot(stage);
  const started = performance.now();
  flushSync(() => {
    root!.render(
      <I18nProvider locale="en">
        {triage ? (
          <InviteList client={idleClient} invites={invites} userId={USER_ID} mediaPolicy={{ showAvatars: false }} trust={{}} grading={{ suspicious: { invite: "show" } }} selectable />
        ) : (
          <InviteList client={idleClient} invites={invites} userId={USER_ID} mediaPolicy={{ showAvatars: false }} />
        )}
      </I18nProvider>,
    );
  });
  const rendered = performance.now();
  void stage.getBoundingClientRect().height; // force style and layout
  const laidOut = performance.now();
  await afterPaint();
  const painted = performance.now();
  return {
    count: invites.length,
    renderMs: rendered - started,
    layoutMs: laidOut - started,
    paintMs: painted - started,
    rowsInDocument: stage.querySelectorAll(".mmui-invite-list__row").length,
    nodesInDocument: stage.querySelectorAll("*").length,
  };
}

/** Scrolls the mounted list from top to bottom in `frames` steps, one per animation frame. */
async function scroll(frames: number) {
  const viewport = stage.querySelector<HTMLElement>(".mmui-invite-list__viewport");
  if (!viewport) throw new Error("no .mmui-invite-list__viewport");
  viewport.scrollTop = 0;
  await afterPaint();
  const deltas: number[] = [];
  let last = await nextFrame();
  let maxRows = 0;
  for (let frame = 1; frame <= frames; frame += 1) {
    viewport.scrollTop = ((viewport.scrollHeight - viewport.clientHeight) * frame) / frames;
    const now = await nextFrame();
    deltas.push(now - last);
    last = now;
    maxRows = Math.max(maxRows, stage.querySelectorAll(".mmui-invite-list__row").length);
  }
  // Rows measured on the way change the total height: settle at the very end.
  for (let settle = 0; settle < 10 && viewport.scrollTop + viewport.clientHeight < viewport.scrollHeight - 2; settle += 1) {
    viewport.scrollTop = viewport.scrollHeight;
    await nextFrame();
  }
  const atBottom = viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 2;
  return { deltas, scrollHeight: viewport.scrollHeight, atBottom, maxRowsInDocument: maxRows };
}

declare global {
  interface Window {
    inboxBench: { mount: typeof mount; scroll: typeof scroll };
  }
}
window.inboxBench = { mount, scroll };
