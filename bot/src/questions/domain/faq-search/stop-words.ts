/** Words too common in questions to say what one is about (checked on lower-case words, before stemming). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
  both but by can could did do does doing done down during each either else ever few for from further get gets
  getting got had has have having he her here hers herself him himself his how i if in into is it its itself just
  let me might more most must my myself no nor not now of off on once only or other ought our ours ourselves out
  over own please same shall she should so some such than that the their theirs them themselves then there these
  they this those through thus to too under until up us very was we were what whatever when where whether which
  while who whom whose why will with would yes yet you your yours yourself yourselves anyone anybody someone
  somebody something thing things tell know need needs needed want wants like really still able going go goes
  there's it's what's i'm we're we've don't doesn't isn't aren't can't won't hi hello thanks thank kind regards
  use uses used make makes made allow allowed pls plz thx cheers`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
