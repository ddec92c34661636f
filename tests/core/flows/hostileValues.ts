/** Hostile inputs for "never throws" tests: odd types, throwing getters and proxies. */
export function hostileValues(): unknown[] {
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error("hostile get");
      },
      ownKeys() {
        throw new Error("hostile ownKeys");
      },
      getPrototypeOf() {
        throw new Error("hostile prototype");
      },
    },
  );
  const throwingArray = new Proxy([], {
    get(_target, key) {
      if (key === "length") return 5;
      throw new Error("hostile index");
    },
  });
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const hugeLength = new Proxy([], { get: (_target, key) => (key === "length" ? Number.MAX_SAFE_INTEGER : undefined) });
  return [
    undefined,
    null,
    0,
    "events",
    Symbol("x"),
    () => undefined,
    [],
    {},
    { events: "nope" },
    { events: [null, 1, "x", { type: "m.room.member" }] },
    [{ type: "m.room.member", state_key: "@bob:localhost", sender: { toString: () => "@x:y" }, content: { membership: "invite" } }],
    [{ type: "m.room.create", state_key: "", sender: "@a:b", content: null }],
    JSON.parse('{"__proto__": {"events": []}, "events": [{"__proto__": {"type": "m.room.member"}}]}') as unknown,
    throwing,
    throwingArray,
    revocable.proxy,
    hugeLength,
  ];
}
