import QRCode from 'qrcode';

/**
 * A QR code as an SVG string, made at build time (no third-party service). Medium error
 * correction survives a slightly crumpled printout. Hidden from screen readers: the address is
 * always printed as text next to it.
 */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
