DAY = "1969-04-16"
SENTS = [
 ("North Korean MiG fighters shot down an unarmed American EC-121 reconnaissance plane over the Sea of Japan on Tuesday, and all 31 men aboard are feared dead.", ["PRK ATTACKS USA"], []),
 ("Pyongyang radio claimed the plane had intruded deep into North Korean airspace; the Pentagon said it had been 90 miles off the coast.", [], ["PRK CONDEMNS USA"]),
 ("President Nixon said at a news conference on Friday that from now on such flights would be escorted by fighters.", [], ["person:richard-nixon LEADS USA"]),
 ("The Soviet Union, North Korea's ally, sent two destroyers to help look for wreckage.", ["SUN ALLIED_WITH PRK"], ["SUN SUPPORTS USA"]),
 ("Two aircraft carriers of the Seventh Fleet were ordered into the Sea of Japan.", [], []),
]
