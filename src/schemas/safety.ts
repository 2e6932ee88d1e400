import { z } from 'astro/zod';

/** The safety settings of the whole site (`content/safety.yaml`, one file). */
export const safetySchema = z.strictObject({
  /**
   * Where "Exit this page" takes the reader: an ordinary, neutral website that would not look out of
   * place in their browser history, e.g. https://www.bbc.co.uk/weather. Must start with https://.
   */
  quickExitUrl: z.url({ protocol: /^https$/, error: 'expected a web address starting with https://, like https://www.bbc.co.uk/weather' }),
});

export type Safety = z.infer<typeof safetySchema>;
