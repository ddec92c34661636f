/**
 * A small avatar for the demo: initials, or the image fetched through authenticated media
 * and shown from a `blob:` URL (the CSP allows images only from the page and `blob:`).
 * Nothing is fetched unless `showImage` is true.
 */
import { useEffect, useState } from "react";
import { isMxcUri, type MatrixHttpClient } from "../src/index";

/** Props of {@link Avatar}. */
export interface AvatarProps {
  client: MatrixHttpClient;
  /** Plain-text name for the initials. */
  name: string;
  /** Only a valid mxc URI is ever fetched. */
  avatarUrl: string | undefined;
  /** Whether the image may be fetched at all. */
  showImage: boolean;
  size?: number;
}

/** Decorative avatar (`aria-hidden`): the name is always shown beside it. */
export function Avatar({ client, name, avatarUrl, showImage, size = 40 }: AvatarProps) {
  const [url, setUrl] = useState<string | undefined>(undefined);
  const wanted = showImage && avatarUrl !== undefined && isMxcUri(avatarUrl) ? avatarUrl : undefined;
  useEffect(() => {
    if (wanted === undefined) return undefined;
    const controller = new AbortController();
    let objectUrl: string | undefined;
    client.fetchThumbnail(wanted, { width: size * 2, height: size * 2 }, { signal: controller.signal }).then(
      (blob) => {
        if (controller.signal.aborted) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      },
      () => undefined,
    );
    return () => {
      controller.abort();
      if (objectUrl !== undefined) URL.revokeObjectURL(objectUrl);
      setUrl(undefined);
    };
  }, [client, wanted, size]);
  const initial = [...name.trim()][0]?.toUpperCase() ?? "?";
  return (
    <span className="demo-avatar" aria-hidden="true" data-size={size}>
      {url !== undefined && wanted !== undefined ? <img src={url} alt="" width={size} height={size} /> : initial}
    </span>
  );
}
