import { describe, expect, it } from "vitest";
import { createActionRunner, getActionRunner } from "../../../src/core/actions/runner";
import { createObserverBase } from "../../../src/core/actions/observer";
import { deferred } from "../../support/deferred";

const ROOM = "!room:localhost";
const OTHER = "!other:localhost";
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the action runner: one action per key", () => {
  it("refuses a second start on a busy key, and runs nothing for it", async () => {
    const runner = createActionRunner();
    const first = deferred<string>();
    let secondRan = false;

    const started = runner.start(ROOM, "accept", () => first.promise);
    const refused = runner.start(ROOM, "decline", async () => {
      secondRan = true;
      return "declined";
    });

    expect(started).toBeDefined();
    expect(refused).toBeUndefined();
    expect(secondRan).toBe(false);
    expect(runner.getState(ROOM)).toEqual({ status: "pending", action: "accept" });
    first.resolve("joined");
    await expect(started).resolves.toEqual({ status: "success", result: "joined" });
    expect(runner.getState(ROOM)).toEqual({ status: "idle" });
  });

  it("refuses it also when the second start comes from another observer", () => {
    const runner = createActionRunner();
    const row = createObserverBase(runner, ROOM);
    const bulk = createObserverBase(runner, ROOM);
    row.subscribe(() => undefined);
    bulk.subscribe(() => undefined);

    expect(row.start(ROOM, "accept", () => new Promise(() => undefined), () => undefined)).toBe(true);
    expect(bulk.start(ROOM, "decline", () => Promise.resolve(), () => undefined)).toBe(false);
    expect(runner.getState(ROOM)).toEqual({ status: "pending", action: "accept" });
  });

  it("keeps keys apart: a busy room leaves every other room free", async () => {
    const runner = createActionRunner();
    runner.subscribe(OTHER, () => undefined);
    runner.start(ROOM, "accept", () => new Promise(() => undefined));

    expect(runner.isBusy(ROOM)).toBe(true);
    expect(runner.isBusy(OTHER)).toBe(false);
    const other = runner.start(OTHER, "decline", async () => "declined");
    await expect(other).resolves.toEqual({ status: "success", result: "declined" });
    expect(runner.getState(OTHER)).toMatchObject({ status: "success", action: "decline", result: "declined" });
    expect(runner.getState(ROOM)).toEqual({ status: "pending", action: "accept" });
  });

  it("hands out the same runner for the same client object, another one for another client", () => {
    const client = {};
    expect(getActionRunner(client)).toBe(getActionRunner(client));
    expect(getActionRunner({})).not.toBe(getActionRunner(client));
  });
});

describe("the action runner: the latest call wins", () => {
  it("orphans the call in flight on reset: its answer is dropped and the key is free again", async () => {
    const runner = createActionRunner();
    runner.subscribe(ROOM, () => undefined);
    const slow = deferred<string>();
    const orphan = runner.start(ROOM, "accept", () => slow.promise);

    runner.reset(ROOM);
    expect(runner.getState(ROOM)).toEqual({ status: "idle" });
    const newer = runner.start(ROOM, "accept", async () => "newer");
    await expect(newer).resolves.toEqual({ status: "success", result: "newer" });
    slow.resolve("older");

    await expect(orphan).resolves.toEqual({ status: "orphaned" });
    expect(runner.getState(ROOM)).toMatchObject({ status: "success", result: "newer" });
  });

  it("drops a late failure of an orphaned call too", async () => {
    const runner = createActionRunner();
    runner.subscribe(ROOM, () => undefined);
    const slow = deferred<string>();
    const orphan = runner.start(ROOM, "decline", () => slow.promise);
    runner.reset(ROOM);

    slow.reject(new Error("too late"));

    await expect(orphan).resolves.toEqual({ status: "orphaned" });
    expect(runner.getState(ROOM)).toEqual({ status: "idle" });
  });

  it("treats an AbortError as cancelled, not failed: back to idle", async () => {
    const runner = createActionRunner();
    runner.subscribe(ROOM, () => undefined);
    const call = runner.start(ROOM, "accept", () => Promise.reject(new DOMException("stop", "AbortError")));

    await expect(call).resolves.toEqual({ status: "aborted" });
    expect(runner.getState(ROOM)).toEqual({ status: "idle" });
  });

  it("records a failure with the action that failed", async () => {
    const runner = createActionRunner();
    runner.subscribe(ROOM, () => undefined);
    const error = new Error("boom");
    await runner.start(ROOM, "kick", () => Promise.reject(error));
    expect(runner.getState(ROOM)).toEqual({ status: "error", action: "kick", error });
  });

  it("lets a call report progress, and the settled state keeps the progressed action", async () => {
    const runner = createActionRunner();
    runner.subscribe(ROOM, () => undefined);
    const read = deferred<string>();
    const call = runner.start(ROOM, { step: "send" }, (progress) => {
      progress({ step: "read" });
      return read.promise;
    });
    expect(runner.getState(ROOM)).toEqual({ status: "pending", action: { step: "read" } });
    read.resolve("state");
    await call;
    expect(runner.getState(ROOM)).toMatchObject({ status: "success", action: { step: "read" } });
  });
});

describe("the action runner: nothing leaks", () => {
  it("drops a key's state once nobody watches it and nothing is in flight", async () => {
    const runner = createActionRunner();
    const unsubscribe = runner.subscribe(ROOM, () => undefined);
    await runner.start(ROOM, "accept", async () => "joined");
    expect(runner.getState(ROOM).status).toBe("success");

    unsubscribe();

    expect(runner.getState(ROOM)).toEqual({ status: "idle" });
  });

  it("keeps a key busy while its call is in flight, even unwatched, then forgets its outcome", async () => {
    const runner = createActionRunner();
    const join = deferred<string>();
    const call = runner.start(ROOM, "accept", () => join.promise);

    expect(runner.isBusy(ROOM)).toBe(true);
    join.resolve("joined");
    await call;
    expect(runner.getState(ROOM)).toEqual({ status: "idle" });
  });

  it("gives the same state object until the state changes (stable snapshots)", async () => {
    const runner = createActionRunner();
    runner.subscribe(ROOM, () => undefined);
    const first = runner.getState(ROOM);
    expect(runner.getState(ROOM)).toBe(first);
    await runner.start(ROOM, "accept", async () => 1);
    const settled = runner.getState(ROOM);
    expect(settled).not.toBe(first);
    expect(runner.getState(ROOM)).toBe(settled);
  });

  it("keeps notifying the other listeners when one throws", async () => {
    const runner = createActionRunner();
    const seen: string[] = [];
    runner.subscribe(ROOM, () => {
      throw new Error("listener bug");
    });
    runner.subscribe(ROOM, () => seen.push(runner.getState(ROOM).status));
    const uncaught: unknown[] = [];
    const original = globalThis.queueMicrotask;
    globalThis.queueMicrotask = (callback) => original(() => {
      try {
        callback();
      } catch (error) {
        uncaught.push(error);
      }
    });
    try {
      await runner.start(ROOM, "accept", async () => 1);
      await settle();
    } finally {
      globalThis.queueMicrotask = original;
    }
    expect(seen).toEqual(["pending", "success"]);
    expect(uncaught).toHaveLength(2);
  });
});

describe("observers: reads aborted, writes not, and nothing called back once left", () => {
  it("aborts the read signal when the last listener leaves, and calls nothing back after", async () => {
    const runner = createActionRunner();
    const observer = createObserverBase(runner, ROOM);
    const unsubscribe = observer.subscribe(() => undefined);
    const write = deferred<string>();
    let readSignal: AbortSignal | undefined;
    const outcomes: unknown[] = [];
    observer.start(ROOM, "accept", (signals) => {
      readSignal = signals.readSignal;
      // A client that ignores the signal: the write finishes whatever happens.
      return write.promise;
    }, (outcome) => outcomes.push(outcome));

    unsubscribe();
    expect(readSignal?.aborted).toBe(true);
    write.resolve("joined");
    await settle();

    expect(outcomes).toEqual([]);
    expect(observer.isActive()).toBe(false);
    expect(observer.start(ROOM, "accept", async () => "again", () => undefined)).toBe(false);
  });

  it("aborts only the reset call's reads, and its late answer is not delivered", async () => {
    const runner = createActionRunner();
    const observer = createObserverBase(runner, ROOM);
    observer.subscribe(() => undefined);
    const first = deferred<string>();
    const signals: AbortSignal[] = [];
    const outcomes: unknown[] = [];
    observer.start(ROOM, "accept", (call) => {
      signals.push(call.readSignal);
      return first.promise;
    }, (outcome) => outcomes.push(outcome));

    observer.reset();
    observer.start(ROOM, "accept", async (call) => {
      signals.push(call.readSignal);
      return "second";
    }, (outcome) => outcomes.push(outcome));
    first.resolve("first");
    await settle();

    expect(signals.map((signal) => signal.aborted)).toEqual([true, false]);
    expect(outcomes).toEqual([{ status: "success", result: "second" }]);
  });

  it("comes back when subscribed again (React StrictMode mounts twice)", async () => {
    const runner = createActionRunner();
    const observer = createObserverBase(runner, ROOM);
    observer.subscribe(() => undefined)();
    observer.subscribe(() => undefined);
    const outcomes: unknown[] = [];

    expect(observer.start(ROOM, "accept", async () => "joined", (outcome) => outcomes.push(outcome))).toBe(true);
    await settle();
    expect(outcomes).toEqual([{ status: "success", result: "joined" }]);
  });

  it("calls nothing back and starts nothing once disposed, with a client that ignores the abort", async () => {
    const runner = createActionRunner();
    const observer = createObserverBase(runner, ROOM);
    observer.subscribe(() => undefined);
    const write = deferred<string>();
    const outcomes: unknown[] = [];
    observer.start(ROOM, "decline", () => write.promise, (outcome) => outcomes.push(outcome));

    observer.dispose();
    write.resolve("declined");
    await settle();

    expect(outcomes).toEqual([]);
    expect(observer.start(OTHER, "decline", async () => "x", (outcome) => outcomes.push(outcome))).toBe(false);
  });
});
