/**
 * Fake media clients for the avatar stories: `fetchThumbnail` answers with a PNG drawn on a
 * canvas (a real image, so `<img>` decodes it), fails, or never answers.
 */
import { fn } from "storybook/test";
import type { AuthenticatedMediaClient } from "../../hooks/useAuthenticatedMedia";

/** Draws a small PNG: a diagonal gradient with a white ring, so the image is obviously not initials. */
export function drawAvatarPng(width: number, height: number): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) return Promise.reject(new Error("no 2d canvas"));
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, "#1e7a34");
  gradient.addColorStop(1, "#0b66c2");
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  context.strokeStyle = "#ffffff";
  context.lineWidth = Math.max(2, width / 12);
  context.beginPath();
  context.arc(width / 2, height / 2, width / 4, 0, Math.PI * 2);
  context.stroke();
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("toBlob failed"))), "image/png");
  });
}

/** A client whose thumbnails are generated PNGs. A new one per story, so stories share no cache. */
export function createImageClient(): AuthenticatedMediaClient & { fetchThumbnail: ReturnType<typeof fn> } {
  return {
    fetchThumbnail: fn(async (_mxc: string, size: { width: number; height: number }) => drawAvatarPng(size.width, size.height)).mockName(
      "fetchThumbnail",
    ),
  };
}

/** A client whose media server answers 404 (or is unreachable). */
export function createFailingClient(): AuthenticatedMediaClient & { fetchThumbnail: ReturnType<typeof fn> } {
  return {
    fetchThumbnail: fn(async () => {
      throw new Error("M_NOT_FOUND");
    }).mockName("fetchThumbnail"),
  };
}

/** A client whose thumbnails never arrive. */
export function createStalledClient(): AuthenticatedMediaClient & { fetchThumbnail: ReturnType<typeof fn> } {
  return { fetchThumbnail: fn(() => new Promise<Blob>(() => undefined)).mockName("fetchThumbnail") };
}
