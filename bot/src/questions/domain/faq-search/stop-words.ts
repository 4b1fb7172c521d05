/**
 * Words too common in questions to say what one is about (checked on lower-case words, before stemming); contractions
 * are written without their apostrophe, as `normaliseWords` reads them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
  both but by can could did do does doing done down during each either else ever every few for from further get gets
  getting got had has have having he her here hers herself him himself his how i if in into is it its itself just
  let me might more most must my myself no nor not now of off on once only or other ought our ours ourselves out
  over own please same shall she should so some such than that the their theirs them themselves then there these
  they this those through thus to too under until up us very was we were what whatever when where whether which
  while who whom whose why will with would yes yet you your yours yourself yourselves anyone anybody someone
  somebody something thing things tell know need needs needed want wants like really still able going go goes
  theres whats im weve dont doesnt isnt arent cant wont didnt hasnt havent wasnt werent shouldnt wouldnt couldnt
  youre theyre thats hi hello thanks thank kind regards use uses used make makes made allow allowed pls plz thx
  cheers ok okay actually usually roughly basically etc pound pounds quid`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
