/**
 * `npm run teams:icons`: redraws appPackage/color.png (192×192) and outline.png (32×32).
 * The committed files come from this script; replace them with designed ones if you like.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { colorIcon, outlineIcon } from '../teams/icons.js';
import { encodePng } from '../teams/png.js';

const dir = path.resolve('appPackage');
writeFileSync(path.join(dir, 'color.png'), encodePng(colorIcon()));
writeFileSync(path.join(dir, 'outline.png'), encodePng(outlineIcon()));
process.stdout.write(`Icons written to ${path.relative(process.cwd(), dir)}/color.png and outline.png\n`);
