export { classifyBullet, analyseBullet, type BulletAnalysis, type BulletLabel, type Ownership, type Evidence } from './classify.ts';
