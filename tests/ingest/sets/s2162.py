DAY = "2003-12-15"
SENTS = [
 ("American troops captured Saddam Hussein in a hole near his home town of Tikrit on Saturday night, ending an eight-month manhunt.", [], ["USA DEPLOYS_TROOPS IRQ", "USA ATTACKS person:saddam-hussein"]),
 ("Paul Bremer, the American administrator in Iraq, announced the capture at a news conference in Baghdad on Sunday.", [], ["USA DEPLOYS_TROOPS IRQ"]),
 ("President George W. Bush said the capture marked the end of a dark era for Iraq.", [], ["person:george-w-bush LEADS USA"]),
 ("Iran, which fought an eight-year war with Saddam's Iraq, welcomed the news, while Kuwait celebrated.", ["IRN ATTACKS IRQ", "IRQ ATTACKS IRN"], []),
 ("Britain's Prime Minister Tony Blair said the Iraqi people could now look forward to a future free of fear.", ["person:tony-blair LEADS GBR"], []),
]
