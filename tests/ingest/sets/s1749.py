DAY = "1986-10-12"
SENTS = [
 ("Ronald Reagan and Mikhail Gorbachev ended two days of talks in Reykjavik on Sunday without an agreement on nuclear arms.", ["person:ronald-reagan MEETS person:mikhail-gorbachev"], []),
 ("The talks collapsed over Reagan's refusal to confine his Strategic Defense Initiative to the laboratory.", [], []),
 ("Gorbachev told reporters that the American side had wrecked a historic chance to eliminate all nuclear weapons.", ["person:mikhail-gorbachev CONDEMNS USA"], []),
 ("Secretary of State George Shultz said the United States was deeply disappointed.", [], []),
 ("Iceland's Prime Minister Steingrimur Hermannsson had offered his country as a neutral venue.", ["person:steingrimur-hermannsson LEADS ISL"], []),
]
