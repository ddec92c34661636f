import { render, screen } from "@testing-library/react";
import { createClient } from "matrix-js-sdk";
import { describe, expect, it } from "vitest";
import { fromMatrixJsSdk } from "../../src/core/client/matrixJsSdk";
import { mediaPreviewConfig } from "../../src/core/accountDataSettings";
import { useAccountDataSetting } from "../../src/hooks/useAccountDataSetting";
import { createFakeFetch, json } from "../core/client/fakeFetch";
import { silentLogger } from "../support/silentLogger";

function createSdk() {
  const fake = createFakeFetch([], () => json(200, { invite_avatars: "on" }));
  const sdk = createClient({ baseUrl: "https://hs.example", accessToken: "token", userId: "@bob:hs.example", fetchFn: fake.fetch, logger: silentLogger });
  return { fake, sdk };
}

describe("a host that wraps its matrix-js-sdk client during render", () => {
  it("gets the same adapter for the same SDK client", () => {
    const { sdk } = createSdk();
    expect(fromMatrixJsSdk(sdk)).toBe(fromMatrixJsSdk(sdk));
  });

  it("reads the media-preview policy once instead of again on every render", async () => {
    const { fake, sdk } = createSdk();
    function Host() {
      // The wrapper is called on every render, as a host naturally writes it.
      const policy = useAccountDataSetting(fromMatrixJsSdk(sdk), mediaPreviewConfig);
      return <p>{`${policy.status} ${String(policy.value.inviteAvatars)}`}</p>;
    }

    render(<Host />);

    await screen.findByText("ready true");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.requests.map((request) => request.url.pathname)).toEqual(["/_matrix/client/v3/user/%40bob%3Ahs.example/account_data/m.media_preview_config"]);
    expect(screen.getByText("ready true")).toBeInTheDocument();
  });
});
