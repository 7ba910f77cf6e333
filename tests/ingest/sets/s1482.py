DAY = "2019-06-30"
SENTS = [
 ("Donald Trump became the first sitting American president to set foot in North Korea on Sunday when he stepped across the demarcation line at Panmunjom to shake hands with Kim Jong Un.", ["person:donald-trump MEETS person:kim-jong-un"], ["person:donald-trump MEETS PRK", "person:donald-trump LEADS USA"]),
 ("The two leaders then held nearly an hour of talks on the South Korean side of the border, joined briefly by President Moon Jae-in.", ["person:donald-trump MEETS person:kim-jong-un"], ["person:moon-jae-in MEETS person:donald-trump", "person:moon-jae-in MEETS person:kim-jong-un", "person:moon-jae-in LEADS KOR", "person:donald-trump MEETS KOR", "person:kim-jong-un MEETS KOR"]),
 ("They agreed to restart working-level negotiations on Pyongyang's nuclear programme, which had stalled since their failed summit in Hanoi in February.", [], []),
 ("China welcomed the meeting, saying it supported dialogue between Washington and Pyongyang.", [], ["CHN SUPPORTS USA", "CHN SUPPORTS PRK"]),
 ("The meeting came weeks after North Korea test-fired short-range missiles, which Japan condemned as a violation of UN Security Council resolutions.", ["JPN CONDEMNS PRK"], []),
]
