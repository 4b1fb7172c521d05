/** Common first names in English schools (lower case), used to recognise a pupil's name typed as a reference. */
export const COMMON_FIRST_NAMES: ReadonlySet<string> = new Set(
  `aaliyah aaron abdul abigail ada adam adrian aidan aisha alex alexander alexandra alfie alice alicia amaya amber
  amelia amelie amir amy ana anna annabelle archie aria arlo arthur ashley aurora austin ava bailey beatrice bella
  ben benjamin bethan bethany billy bobby bonnie brandon caleb callum cameron carter charlie charlotte chloe
  christopher clara connor corey daisy daniel david dexter dylan edward eleanor elijah eliza elizabeth ella ellie
  eloise elsie emilia emily emma erin ethan eva evan evelyn evie ezra faith farah felix finley finn florence frankie
  freddie freya gabriel george georgia grace gracie hallie hannah harley harper harriet harrison harry harvey hazel
  heidi henry holly hudson hugo ibrahim imogen isaac isabel isabella isabelle isla ivy jack jackson jacob jade jake
  james jamie jasmine jayden jenson jessica jodie joe joel john jonah jonathan joseph joshua jude julia kai kayden
  katie kian kieran lacey layla leah leo leon leonardo lexi liam lily lola louie louis lucas lucy luke luna lydia
  maddison madison maisie maria mason matilda matthew maya megan mia michael mila millie mohammed muhammad maryam
  mohammad molly nathan nancy nathaniel niamh noah olivia oliver ollie oscar owen paige penelope phoebe poppy priya
  reggie reuben riley robert rory rosa rosie ruby ryan sam samuel sara sarah scarlett sebastian sienna sofia sophia
  sophie stanley summer teddy thea theo theodore thomas toby tommy tyler victoria violet willow william yusuf zachary
  zain zara zoe zac tom dan jo ella kwame tomasz uma victor wendy aisha callum dev eilidh femi isla jamal kate amara omar ayaan
  hamza adam ali ahmed fatima zainab yasmin oluwaseun chidi kacper jakub oskar zuzanna hanna julia wiktoria`
    .split(/\s+/)
    .filter((name) => name.length > 0),
);
