import { roadmapSvg, type Roadmap, type RoadmapPictureText } from '../../../../../shared/roadmap';
import { saveBytesFile, saveTextFile, type FileKind } from '../../imports/files';

export const SVG_FILE: FileKind = { title: 'SVG picture', extensions: ['svg'], mime: 'image/svg+xml' };
export const PNG_FILE: FileKind = { title: 'PNG picture', extensions: ['png'], mime: 'image/png' };

/** Browsers refuse canvases beyond about 16,384 px a side (and ~268 M pixels): the PNG is scaled to fit. */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 120_000_000;

/** "roadmap-aisha-karim-2026-11-30": what the file is, whose, and when. */
export function roadmapFileName(memberName: string, date = new Date()): string {
  const who = memberName.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `roadmap-${who || 'plan'}-${date.toISOString().slice(0, 10)}`;
}

export function saveRoadmapSvg(roadmap: Roadmap, text: RoadmapPictureText, fileName: string): Promise<boolean> {
  return saveTextFile(`${fileName}.svg`, roadmapSvg(roadmap, text), SVG_FILE);
}

/** The scale a PNG of this size is drawn at: twice the canvas's pixels (sharp on a high-density screen) when it fits. */
export function pngScale(width: number, height: number): number {
  return Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
}

/** Draws the same SVG into a canvas and saves it as PNG. */
export async function saveRoadmapPng(roadmap: Roadmap, text: RoadmapPictureText, fileName: string): Promise<boolean> {
  const svg = roadmapSvg(roadmap, text);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The roadmap picture could not be drawn.'));
      image.src = url;
    });
    const scale = pngScale(image.width, image.height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw a picture of the roadmap.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The roadmap is too large to save as a PNG picture; save it as SVG.');
    return saveBytesFile(`${fileName}.png`, blob, PNG_FILE);
  } finally {
    URL.revokeObjectURL(url);
  }
}
